package org.liftshift.ui.azure;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/** A resizable dialog of the deployment whose body is one table of rows of type {@code T}. */
abstract class TableDialog<T> extends TitleAreaDialog {

    private final String shellTitle;
    private final Class<T> rowType;
    private TableViewer table;

    TableDialog(Shell parent, String shellTitle, Class<T> rowType) {
        super(parent);
        this.shellTitle = shellTitle;
        this.rowType = rowType;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(shellTitle);
    }

    /** Makes the table in {@code area}, showing {@code rows}; add columns before the rows are shown. */
    TableViewer createTable(Composite area, int style, int width, int height) {
        table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | style);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(width, height).applyTo(table.getControl());
        table.setContentProvider(ArrayContentProvider.getInstance());
        return table;
    }

    void show(List<T> rows) {
        table.setInput(rows);
    }

    /** A column whose text is {@code text} of the row. */
    void column(String title, int width, Function<T, String> text) {
        column(title, width, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(rowType.cast(element));
            }
        });
    }

    void column(String title, int width, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
    }

    /** The table, for tests. */
    TableViewer table() {
        return table;
    }
}
