package org.liftshift.model.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EMF persistence of migration files, running inside the OSGi test runtime. */
class LiftshiftResourceFactoryTest {

    private final EPackage estate = estatePackage();
    private final EClass folderClass = (EClass) estate.getEClassifier("Folder");
    private final EClass projectClass = (EClass) estate.getEClassifier("Project");

    @TempDir
    Path dir;

    @Test
    void savesUtf8XmiWithIdsAndLoadsItBack() throws IOException {
        Path file = dir.resolve("contoso.liftshift");
        EObject folder = folder("Finance — 財務", "Daily 'load' <ETL>", "Месячный");
        save(folder, file);

        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("xmi:id=");

        EObject loaded = load(file).getContents().get(0);
        assertThat(loaded.eClass().getName()).isEqualTo("Folder");
        assertThat(loaded.eGet(folderClass.getEStructuralFeature("name"))).isEqualTo("Finance — 財務");
        @SuppressWarnings("unchecked")
        var projects = (java.util.List<EObject>) loaded.eGet(folderClass.getEStructuralFeature("projects"));
        assertThat(projects).extracting(p -> p.eGet(projectClass.getEStructuralFeature("name")))
                .containsExactly("Daily 'load' <ETL>", "Месячный");
    }

    @Test
    void savingTheSameModelTwiceGivesIdenticalBytes() throws IOException {
        Path first = dir.resolve("first.liftshift");
        Path second = dir.resolve("second.liftshift");
        save(folder("Sales", "A", "B"), first);
        // load and save again: ids and element order must survive the round trip unchanged
        Resource reloaded = load(first);
        reloaded.setURI(URI.createFileURI(second.toString()));
        reloaded.save(null);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void registersForTheLiftshiftExtensionOnly() {
        ResourceSet set = LiftshiftResourceFactory.register(new ResourceSetImpl());
        assertThat(set.getResourceFactoryRegistry().getExtensionToFactoryMap())
                .containsOnlyKeys(LiftshiftResourceFactory.FILE_EXTENSION);
        Resource resource = set.createResource(URI.createFileURI("/tmp/x.liftshift"));
        assertThat(resource).isInstanceOf(XMIResource.class);
    }

    private EObject folder(String name, String... projectNames) {
        EObject folder = estate.getEFactoryInstance().create(folderClass);
        folder.eSet(folderClass.getEStructuralFeature("name"), name);
        @SuppressWarnings("unchecked")
        var projects = (java.util.List<EObject>) folder.eGet(folderClass.getEStructuralFeature("projects"));
        for (String projectName : projectNames) {
            EObject project = estate.getEFactoryInstance().create(projectClass);
            project.eSet(projectClass.getEStructuralFeature("name"), projectName);
            projects.add(project);
        }
        return folder;
    }

    private void save(EObject root, Path file) throws IOException {
        ResourceSet set = resourceSet();
        Resource resource = set.createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(root);
        resource.save(null);
    }

    private Resource load(Path file) {
        return resourceSet().getResource(URI.createFileURI(file.toString()), true);
    }

    private ResourceSet resourceSet() {
        ResourceSet set = LiftshiftResourceFactory.register(new ResourceSetImpl());
        set.getPackageRegistry().put(estate.getNsURI(), estate);
        return set;
    }

    /** A two-class dynamic package: enough to exercise XMI ids, containment and Unicode. */
    private static EPackage estatePackage() {
        EcoreFactory ecore = EcoreFactory.eINSTANCE;
        EPackage pkg = ecore.createEPackage();
        pkg.setName("estate");
        pkg.setNsPrefix("estate");
        pkg.setNsURI("urn:liftshift:test:estate");

        EClass project = ecore.createEClass();
        project.setName("Project");
        project.getEStructuralFeatures().add(nameAttribute());

        EClass folder = ecore.createEClass();
        folder.setName("Folder");
        folder.getEStructuralFeatures().add(nameAttribute());
        EReference projects = ecore.createEReference();
        projects.setName("projects");
        projects.setEType(project);
        projects.setContainment(true);
        projects.setUpperBound(-1);
        folder.getEStructuralFeatures().add(projects);

        pkg.getEClassifiers().add(folder);
        pkg.getEClassifiers().add(project);
        return pkg;
    }

    private static EAttribute nameAttribute() {
        EAttribute name = EcoreFactory.eINSTANCE.createEAttribute();
        name.setName("name");
        name.setEType(EcorePackage.Literals.ESTRING);
        return name;
    }
}
