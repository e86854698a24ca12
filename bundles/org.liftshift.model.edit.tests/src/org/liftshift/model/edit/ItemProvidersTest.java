package org.liftshift.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.estate.EstatePackage;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Project;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.TargetFactory;
import org.liftshift.model.target.TargetPackage;

/** The generated item providers, found through the plug-in registry as the workbench will find them. */
class ItemProvidersTest {

    private final ComposedAdapterFactory adapters = new ComposedAdapterFactory(
            ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

    @AfterEach
    void dispose() {
        adapters.dispose();
    }

    @Test
    void labelsAndIconsComeFromTheRegisteredProviders() {
        Package pkg = EstateFactory.eINSTANCE.createPackage();
        pkg.setName("Load Sales.dtsx");
        AzureSsisIntegrationRuntime ir = TargetFactory.eINSTANCE.createAzureSsisIntegrationRuntime();
        ir.setName("ir-contoso");

        assertThat(label(pkg).getText(pkg)).isEqualTo("Package Load Sales.dtsx");
        assertThat(label(ir).getText(ir)).isEqualTo("Azure Ssis Integration Runtime ir-contoso");
        assertThat(label(pkg).getImage(pkg)).as("icon").isNotNull();
        assertThat(label(ir).getImage(ir)).as("icon").isNotNull();
    }

    @Test
    void propertyDescriptorsCoverTheAttributes() {
        AzureSsisIntegrationRuntime ir = TargetFactory.eINSTANCE.createAzureSsisIntegrationRuntime();
        IItemPropertySource properties = (IItemPropertySource) adapters.adapt(ir, IItemPropertySource.class);

        List<String> names = new ArrayList<>();
        for (IItemPropertyDescriptor descriptor : properties.getPropertyDescriptors(ir)) {
            names.add(descriptor.getDisplayName(ir));
        }
        assertThat(names).contains("Name", "Node Size", "Node Count", "Max Parallel Executions Per Node", "Edition",
                "License Type");
    }

    @Test
    void treeContentListsContainedPackages() {
        Project project = EstateFactory.eINSTANCE.createProject();
        Package first = EstateFactory.eINSTANCE.createPackage();
        Package second = EstateFactory.eINSTANCE.createPackage();
        project.getPackages().add(first);
        project.getPackages().add(second);

        ITreeItemContentProvider tree = (ITreeItemContentProvider) adapters.adapt(project,
                ITreeItemContentProvider.class);

        assertThat(new ArrayList<Object>(tree.getChildren(project))).containsExactly(first, second);
    }

    @Test
    void editsAreCommandsThatUndoAndRedo() {
        AzureSsisIntegrationRuntime ir = TargetFactory.eINSTANCE.createAzureSsisIntegrationRuntime();
        Project project = EstateFactory.eINSTANCE.createProject();
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapters, stack);
        int defaultNodes = ir.getNodeCount();

        Command resize = SetCommand.create(domain, ir, TargetPackage.Literals.AZURE_SSIS_INTEGRATION_RUNTIME__NODE_COUNT,
                Integer.valueOf(6));
        assertThat(resize.canExecute()).isTrue();
        stack.execute(resize);
        Command add = AddCommand.create(domain, project, EstatePackage.Literals.PROJECT__PACKAGES,
                EstateFactory.eINSTANCE.createPackage());
        stack.execute(add);
        assertThat(ir.getNodeCount()).isEqualTo(6);
        assertThat(project.getPackages()).hasSize(1);

        stack.undo();
        stack.undo();
        assertThat(ir.getNodeCount()).isEqualTo(defaultNodes);
        assertThat(project.getPackages()).isEmpty();

        stack.redo();
        assertThat(ir.getNodeCount()).isEqualTo(6);
        assertThat(stack.canRedo()).isTrue();
    }

    private IItemLabelProvider label(Object object) {
        IItemLabelProvider provider = (IItemLabelProvider) adapters.adapt(object, IItemLabelProvider.class);
        assertThat(provider).as("label provider for %s", object).isNotNull();
        return provider;
    }
}
