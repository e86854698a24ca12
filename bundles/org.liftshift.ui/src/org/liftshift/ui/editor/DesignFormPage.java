package org.liftshift.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/**
 * A page of the design editor: sections of fields bound to the design, each change an EMF command on
 * the editor's stack (so undo and redo work and the widgets follow them), and labels that show, in
 * place, the diagnostics of the rules the section is about.
 */
abstract class DesignFormPage extends FormPage {

    protected final DesignEditor editor;
    private final List<Runnable> refreshers = new ArrayList<>();
    protected FormToolkit toolkit;
    private Object shown;

    DesignFormPage(DesignEditor editor, String id, String title) {
        super(editor, id, title);
        this.editor = editor;
    }

    @Override
    protected final void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        toolkit = managedForm.getToolkit();
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout());
        createContent(form, body);
        shown = shape();
        editor.onChange(() -> {
            if (body.isDisposed()) {
                return;
            }
            Object now = shape();
            if (!Objects.equals(now, shown)) {
                // objects were added, removed or replaced: the fields are built again on the new structure
                shown = now;
                refreshers.clear();
                for (Control child : body.getChildren()) {
                    child.dispose();
                }
                createContent(form, body);
            } else {
                List.copyOf(refreshers).forEach(DesignEditor::runSafely);
            }
            form.reflow(true);
        });
    }

    /** Fills the page; {@link #onChange(Runnable)} keeps what it shows current. */
    protected abstract void createContent(ScrolledForm form, Composite body);

    /**
     * What the page's structure depends on (which objects its fields edit); when it differs after a
     * change, the page is built again. Null, the default, for pages whose objects do not change.
     */
    protected Object shape() {
        return null;
    }

    /** Runs {@code refresher} after every change, undo and redo. */
    protected void onChange(Runnable refresher) {
        refreshers.add(refresher);
    }

    protected Composite section(Composite body, String title, String description, int columns) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION | Section.TWISTIE | Section.EXPANDED);
        section.setText(title);
        section.setDescription(description);
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(columns, false));
        section.setClient(client);
        return client;
    }

    /** A read-only combo of an enum's literals bound to {@code feature}. */
    protected <E extends Enumerator> Combo enumCombo(Composite parent, String testId, EObject owner, EStructuralFeature feature,
            List<E> values) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        values.forEach(v -> combo.add(v.getLiteral()));
        combo.setData(DesignEditor.TEST_ID, testId);
        bind(combo, owner, feature, () -> values.get(combo.getSelectionIndex()),
                () -> combo.select(values.indexOf(owner.eGet(feature))));
        return combo;
    }

    /** A read-only combo of {@code choices} (shown by {@code label}) bound to a value or reference feature. */
    protected <T> Combo choiceCombo(Composite parent, String testId, EObject owner, EStructuralFeature feature, List<T> choices,
            Function<T, String> label) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        choices.forEach(c -> combo.add(label.apply(c)));
        combo.setData(DesignEditor.TEST_ID, testId);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bind(combo, owner, feature, () -> combo.getSelectionIndex() < 0 ? null : choices.get(combo.getSelectionIndex()),
                () -> combo.select(choices.indexOf(owner.eGet(feature))));
        return combo;
    }

    protected Button checkbox(Composite parent, String text, String testId, EObject owner, EStructuralFeature feature) {
        Button button = toolkit.createButton(parent, text, SWT.CHECK);
        button.setData(DesignEditor.TEST_ID, testId);
        bind(button, owner, feature, button::getSelection, () -> button.setSelection(Boolean.TRUE.equals(owner.eGet(feature))));
        return button;
    }

    protected Spinner spinner(Composite parent, String testId, EObject owner, EStructuralFeature feature, int min, int max) {
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setMinimum(min);
        spinner.setMaximum(max);
        spinner.setData(DesignEditor.TEST_ID, testId);
        bind(spinner, owner, feature, () -> Integer.valueOf(spinner.getSelection()),
                () -> spinner.setSelection(((Number) owner.eGet(feature)).intValue()));
        return spinner;
    }

    /** A text field that sets the feature when the architect leaves it or presses Enter, not on every key. */
    protected Text text(Composite parent, String testId, EObject owner, EStructuralFeature feature) {
        Text text = toolkit.createText(parent, "", SWT.BORDER); //$NON-NLS-1$
        text.setData(DesignEditor.TEST_ID, testId);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Runnable show = () -> {
            Object value = owner.eGet(feature);
            String shown = value == null ? "" : value.toString(); //$NON-NLS-1$
            if (!text.getText().equals(shown)) {
                text.setText(shown);
            }
        };
        show.run();
        onChange(() -> {
            if (!text.isDisposed()) {
                show.run();
            }
        });
        decorate(text, owner);
        Runnable commit = () -> {
            String value = text.getText().isBlank() ? null : text.getText().strip();
            if (!Objects.equals(value, owner.eGet(feature))) {
                execute(SetCommand.create(editor.getEditingDomain(), owner, feature, value));
            }
        };
        text.addListener(SWT.DefaultSelection, e -> commit.run());
        text.addListener(SWT.FocusOut, e -> commit.run());
        return text;
    }

    /**
     * Shows the feature's value in the widget and turns each selection into a SetCommand on the
     * editor's command stack.
     */
    protected void bind(Control widget, EObject owner, EStructuralFeature feature, Supplier<Object> value, Runnable show) {
        decorate(widget, owner);
        show.run();
        onChange(() -> {
            if (!widget.isDisposed()) {
                show.run();
            }
        });
        widget.addListener(SWT.Selection, event -> {
            Object newValue = value.get();
            if (!Objects.equals(newValue, owner.eGet(feature))) {
                execute(SetCommand.create(editor.getEditingDomain(), owner, feature, newValue));
            }
        });
    }

    /**
     * An error or warning sign beside the field while a rule reports a problem whose object is the
     * field's owner; its hover says what is wrong and the fix.
     */
    private void decorate(Control widget, EObject owner) {
        ControlDecoration decoration = new ControlDecoration(widget, SWT.LEFT | SWT.TOP);
        decoration.setMarginWidth(1);
        widget.setData(DesignEditor.DECORATION, decoration);
        Runnable show = () -> {
            if (widget.isDisposed()) {
                return;
            }
            List<Diagnostic> about = editor.diagnostics().firstConcerning(owner);
            if (about.isEmpty()) {
                decoration.hide();
                return;
            }
            boolean error = about.stream().anyMatch(d -> d.getSeverity() >= Diagnostic.ERROR);
            decoration.setImage(FieldDecorationRegistry.getDefault()
                    .getFieldDecoration(error ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING).getImage());
            decoration.setDescriptionText(String.join("\n", about.stream().map(Diagnostic::getMessage).toList())); //$NON-NLS-1$
            decoration.show();
        };
        show.run();
        onChange(show);
    }

    protected void execute(Command command) {
        EditingDomain domain = editor.getEditingDomain();
        domain.getCommandStack().execute(command);
    }

    /**
     * A label listing the diagnostics of rules starting with {@code prefixes} that concern
     * {@code concerned}, or {@code allClear} when there are none.
     */
    protected Label problems(Composite parent, int columns, String testId, Supplier<List<? extends EObject>> concerned, String allClear,
            String... prefixes) {
        Label problems = toolkit.createLabel(parent, "", SWT.WRAP); //$NON-NLS-1$
        problems.setData(DesignEditor.TEST_ID, testId);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
        wide.widthHint = 600;
        problems.setLayoutData(wide);
        Runnable show = () -> {
            if (problems.isDisposed()) {
                return;
            }
            List<String> lines = editor.diagnostics().about(concerned.get(), prefixes).stream().map(Diagnostic::getMessage).toList();
            problems.setText(lines.isEmpty() ? allClear : String.join("\n\n", lines)); //$NON-NLS-1$
            problems.setForeground(problems.getDisplay().getSystemColor(lines.isEmpty() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
        };
        show.run();
        onChange(show);
        return problems;
    }

    protected Label label(Composite parent, String text) {
        return toolkit.createLabel(parent, text);
    }

    /** A label whose text is computed again after every change. */
    protected Label liveLabel(Composite parent, int columns, String testId, Supplier<String> text) {
        Label label = toolkit.createLabel(parent, "", SWT.WRAP); //$NON-NLS-1$
        label.setData(DesignEditor.TEST_ID, testId);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
        // a fixed wrapping width keeps the form from laying itself out again whenever a scroll bar comes or goes
        wide.widthHint = columns == 1 ? 420 : 600;
        label.setLayoutData(wide);
        Runnable show = () -> {
            if (!label.isDisposed()) {
                label.setText(text.get());
            }
        };
        show.run();
        onChange(show);
        return label;
    }
}
