package org.liftshift.ui.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonContentProvider;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.ui.DesignFiles;
import org.liftshift.ui.emf.ItemContentProvider;

/**
 * The Migration Explorer's content below a {@code .liftshift} file: its estate, its target and its
 * plan (mappings, orchestration, waves, findings, BCDR), with EMF.Edit's children below. The file is
 * read in a background job the first time it is expanded ("Loading..." meanwhile) and again after it
 * changes.
 */
public final class DesignFileContent implements ICommonContentProvider, IResourceChangeListener {

    /** The plan part of a design: everything but estate and target. */
    public record PlanNode(IFile file, MigrationPlan plan) {
    }

    /** Shown while a file is read, or in place of its content when it cannot be read. */
    public record Notice(IFile file, String text) {
    }

    private static final Map<IFile, Object[]> CONTENT = new ConcurrentHashMap<>();
    private static final Map<MigrationPlan, IFile> FILES = new ConcurrentHashMap<>();

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private final ItemContentProvider items = new ItemContentProvider(adapterFactory);
    private StructuredViewer viewer;

    /** The design file an object shown in the explorer comes from, or null. */
    public static IFile fileOf(Object element) {
        if (element instanceof PlanNode node) {
            return node.file();
        }
        if (element instanceof EObject object && org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(object) instanceof MigrationPlan plan) {
            return FILES.get(plan);
        }
        return null;
    }

    @Override
    public void init(ICommonContentExtensionSite site) {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        viewer = newViewer instanceof StructuredViewer structured ? structured : null;
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof IFile file && DesignFiles.isDesign(file)) {
            Object[] content = CONTENT.get(file);
            if (content == null) {
                content = new Object[] { new Notice(file, Messages.Explorer_loading) };
                CONTENT.put(file, content);
                load(file);
            }
            return content;
        }
        if (parent instanceof PlanNode node) {
            List<Object> children = new ArrayList<>();
            for (EObject child : node.plan().eContents()) {
                if (child != node.plan().getEstate() && child != node.plan().getTarget()) {
                    children.add(child);
                }
            }
            return children.toArray();
        }
        if (parent instanceof EObject) {
            return items.getChildren(parent);
        }
        return new Object[0];
    }

    private void load(IFile file) {
        Job.create(NLS.bind(Messages.Explorer_reading, file.getName()), monitor -> {
            Object[] content;
            try {
                MigrationPlan plan = MigrationFiles.load(file.getLocation().toPath());
                FILES.put(plan, file);
                content = new Object[] { plan.getEstate(), plan.getTarget(), new PlanNode(file, plan) };
            } catch (MigrationFileException e) {
                content = new Object[] { new Notice(file, e.getMessage()) };
            }
            CONTENT.put(file, content);
            refresh(file);
            return Status.OK_STATUS;
        }).schedule();
    }

    private void refresh(IFile file) {
        StructuredViewer current = viewer;
        if (current != null && !current.getControl().isDisposed()) {
            current.getControl().getDisplay().asyncExec(() -> {
                if (!current.getControl().isDisposed()) {
                    current.refresh(file);
                }
            });
        }
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof PlanNode node) {
            return node.file();
        }
        if (element instanceof Notice notice) {
            return notice.file();
        }
        if (element instanceof MigrationPlan plan) {
            return FILES.get(plan);
        }
        if (element instanceof EObject object) {
            EObject container = object.eContainer();
            if (container instanceof MigrationPlan plan) {
                IFile file = FILES.get(plan);
                return object == plan.getEstate() || object == plan.getTarget() ? file
                        : file == null ? null : new PlanNode(file, plan);
            }
            return container;
        }
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof IFile file) {
            return DesignFiles.isDesign(file);
        }
        if (element instanceof PlanNode) {
            return true;
        }
        return element instanceof EObject && items.hasChildren(element);
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        try {
            if (event.getDelta() != null) {
                event.getDelta().accept(delta -> {
                    if (delta.getResource() instanceof IFile file && DesignFiles.isDesign(file)
                            && (delta.getKind() == IResourceDelta.REMOVED || (delta.getFlags() & IResourceDelta.CONTENT) != 0)) {
                        Object[] old = CONTENT.remove(file);
                        if (old != null) {
                            FILES.values().removeIf(file::equals);
                            if (delta.getKind() != IResourceDelta.REMOVED) {
                                refresh(file);
                            }
                        }
                    }
                    return true;
                });
            }
        } catch (CoreException e) {
            org.eclipse.core.runtime.ILog.of(getClass()).log(e.getStatus());
        }
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
        adapterFactory.dispose();
    }

    @Override
    public void restoreState(IMemento memento) {
        // nothing is kept between sessions: files are read again
    }

    @Override
    public void saveState(IMemento memento) {
        // nothing is kept between sessions
    }
}
