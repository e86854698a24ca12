package org.liftshift.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.NetworkSecurityGroup;
import org.liftshift.model.target.PublicIpAddress;
import org.liftshift.model.target.Route;
import org.liftshift.model.target.SecurityRule;
import org.liftshift.model.target.Subnet;
import org.liftshift.model.target.TargetFactory;
import org.liftshift.model.target.TargetPackage;
import org.liftshift.model.target.VNetInjection;
import org.liftshift.model.target.VNetInjectionMethod;
import org.liftshift.model.target.VirtualNetwork;
import org.liftshift.validate.NetworkRequirements;
import org.liftshift.validate.NetworkRequirements.RequiredRule;
import org.liftshift.validate.SubnetFit;

/**
 * Virtual network injection of each IR: on or off, standard or express, the subnet with its address
 * range and free addresses, the public IPs it brings, DNS, and the NSG rules the design requires
 * (computed from the choices, NET-10, EP-*) next to the rules the architect declared, with a quick fix
 * that adds the missing ones.
 */
final class NetworkPage extends DesignFormPage {

    static final String ID = "network"; //$NON-NLS-1$

    NetworkPage(DesignEditor editor) {
        super(editor, ID, Messages.Network_network);
    }

    @Override
    protected Object shape() {
        List<Object> shape = new ArrayList<>();
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(editor.plan())) {
            VNetInjection injection = runtime.getVnetInjection();
            shape.add(injection);
            shape.add(injection == null ? null : injection.getSubnet());
            if (injection != null && injection.getSubnet() != null) {
                shape.add(injection.getSubnet().getNetworkSecurityGroup());
            }
        }
        return shape;
    }

    @Override
    protected void createContent(ScrolledForm form, Composite body) {
        form.setText(Messages.Network_networkVirtualNetworkInjectionAnd);
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(editor.plan())) {
            createSection(body, runtime);
        }
    }

    private void createSection(Composite body, AzureSsisIntegrationRuntime runtime) {
        String id = runtime.getName();
        VNetInjection injection = runtime.getVnetInjection();
        Composite client = section(body, runtime.getName(), injection == null
                ? Messages.Network_notJoinedToAVirtual
                : Messages.Network_joinedToAVirtualNetwork, 2);

        Button join = toolkit.createButton(client, Messages.Network_joinAVirtualNetworkVnet, SWT.CHECK);
        join.setData(DesignEditor.TEST_ID, id + ".vnetInjection"); //$NON-NLS-1$
        join.setSelection(injection != null);
        join.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        join.addListener(SWT.Selection, e -> {
            VNetInjection value = null;
            if (join.getSelection()) {
                value = TargetFactory.eINSTANCE.createVNetInjection();
                value.setMethod(VNetInjectionMethod.EXPRESS);
            }
            execute(SetCommand.create(editor.getEditingDomain(), runtime,
                    TargetPackage.Literals.AZURE_SSIS_INTEGRATION_RUNTIME__VNET_INJECTION, value));
        });
        if (injection != null) {
            label(client, Messages.Network_method);
            enumCombo(client, id + ".method", injection, TargetPackage.Literals.VNET_INJECTION__METHOD, VNetInjectionMethod.VALUES); //$NON-NLS-1$
            label(client, Messages.Network_subnet);
            choiceCombo(client, id + ".subnet", injection, TargetPackage.Literals.VNET_INJECTION__SUBNET, subnets(), NetworkPage::subnetLabel); //$NON-NLS-1$
            liveLabel(client, 2, id + ".subnetCapacity", () -> capacityText(runtime)); //$NON-NLS-1$
            Button pick = toolkit.createButton(client, Messages.Network_pickASubnetThatFits, SWT.PUSH);
            pick.setData(DesignEditor.TEST_ID, id + ".pickSubnet"); //$NON-NLS-1$
            // a row of its own: beside the wrapping capacity text the form would lay itself out again and again
            pick.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
            pick.addListener(SWT.Selection, e -> SubnetFit.better(editor.plan(), runtime).ifPresent(subnet -> execute(
                    SetCommand.create(editor.getEditingDomain(), injection, TargetPackage.Literals.VNET_INJECTION__SUBNET, subnet))));
            Runnable enablePick = () -> {
                if (!pick.isDisposed()) {
                    pick.setEnabled(SubnetFit.better(editor.plan(), runtime).isPresent());
                }
            };
            enablePick.run();
            onChange(enablePick);
            liveLabel(client, 2, id + ".publicIps", () -> publicIpText(injection)); //$NON-NLS-1$
            liveLabel(client, 2, id + ".dns", () -> dnsText(injection.getSubnet())); //$NON-NLS-1$
            liveLabel(client, 2, id + ".routes", () -> routeText(injection.getSubnet())); //$NON-NLS-1$
        }
        requiredRules(client, runtime);
        List<EObject> concerned = new ArrayList<>(List.of(runtime));
        if (injection != null) {
            concerned.add(injection);
            if (injection.getSubnet() != null) {
                concerned.add(injection.getSubnet());
                if (injection.getSubnet().getNetworkSecurityGroup() != null) {
                    concerned.add(injection.getSubnet().getNetworkSecurityGroup());
                }
                if (injection.getSubnet().getRouteTable() != null) {
                    concerned.add(injection.getSubnet().getRouteTable());
                }
                concerned.add(DesignNavigation.networkOf(injection.getSubnet()));
            }
        }
        problems(client, 2, id + ".problems", () -> concerned, Messages.Network_noNetworkProblem, "NET-", "EP-1", "EP-2", "EP-4"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    /** The NSG rules the design requires, each with whether the NSG allows it, beside the declared rules; and the quick fix. */
    private void requiredRules(Composite client, AzureSsisIntegrationRuntime runtime) {
        String id = runtime.getName();
        Table required = table(client, id + ".requiredRules", Messages.Network_allowed, Messages.Network_rule, Messages.Network_direction, Messages.Network_source, Messages.Network_destination, Messages.Network_ports, //$NON-NLS-1$
                Messages.Network_subnet2, Messages.Network_why);
        Table declared = table(client, id + ".declaredRules", Messages.Network_priority, Messages.Network_name, Messages.Network_direction, Messages.Network_access, Messages.Network_source, Messages.Network_destination, //$NON-NLS-1$
                Messages.Network_ports);
        Button addMissing = toolkit.createButton(client, "", SWT.PUSH); //$NON-NLS-1$
        addMissing.setData(DesignEditor.TEST_ID, id + ".addMissingRules"); //$NON-NLS-1$
        addMissing.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
        addMissing.addListener(SWT.Selection, e -> addMissingRules(runtime));
        Runnable show = () -> {
            if (required.isDisposed()) {
                return;
            }
            required.removeAll();
            for (RequiredRule rule : NetworkRequirements.of(runtime)) {
                row(required, NetworkRequirements.isAllowed(rule) ? Messages.Network_allowedYes : Messages.Network_allowedNo, rule.rule().id(), rule.direction().getLiteral(), //$NON-NLS-1$ //$NON-NLS-2$
                        rule.source(), rule.destination(), rule.ports(), rule.subnet().getName(), rule.purpose());
            }
            declared.removeAll();
            VNetInjection injection = runtime.getVnetInjection();
            NetworkSecurityGroup nsg = injection == null || injection.getSubnet() == null ? null : injection.getSubnet().getNetworkSecurityGroup();
            if (nsg != null) {
                for (SecurityRule rule : nsg.getRules()) {
                    row(declared, Integer.toString(rule.getPriority()), rule.getName(), rule.getDirection().getLiteral(),
                            rule.getAccess().getLiteral(), rule.getSourceAddressPrefix(), rule.getDestinationAddressPrefix(),
                            String.join(",", rule.getDestinationPortRanges())); //$NON-NLS-1$
                }
            }
            int missing = NetworkRequirements.missingRules(runtime).values().stream().mapToInt(List::size).sum();
            addMissing.setText(missing == 0 ? Messages.Network_everyRequiredRuleIsAllowed : NLS.bind(Messages.Network_addMissingRules, missing)); //$NON-NLS-1$ //$NON-NLS-2$
            addMissing.setEnabled(missing > 0);
            addMissing.getParent().layout(true);
        };
        show.run();
        onChange(show);
    }

    private void addMissingRules(AzureSsisIntegrationRuntime runtime) {
        Map<NetworkSecurityGroup, List<SecurityRule>> missing = NetworkRequirements.missingRules(runtime);
        if (missing.isEmpty()) {
            return;
        }
        CompoundCommand add = new CompoundCommand(Messages.Network_addTheMissingNsgRules);
        missing.forEach((nsg, rules) -> add.append(AddCommand.create(editor.getEditingDomain(), nsg,
                TargetPackage.Literals.NETWORK_SECURITY_GROUP__RULES, rules)));
        execute(add);
    }

    private Table table(Composite parent, String testId, String... columns) {
        Table table = toolkit.createTable(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(DesignEditor.TEST_ID, testId);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.heightHint = 120;
        table.setLayoutData(data);
        for (String title : columns) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(title);
            column.setWidth(title.equals(Messages.Network_why) ? 260 : 110);
        }
        return table;
    }

    private static void row(Table table, String... cells) {
        TableItem item = new TableItem(table, SWT.NONE);
        for (int i = 0; i < cells.length; i++) {
            item.setText(i, cells[i] == null ? "" : cells[i]); //$NON-NLS-1$
        }
    }

    private List<Subnet> subnets() {
        List<Subnet> subnets = new ArrayList<>();
        editor.plan().getTarget().eAllContents().forEachRemaining(o -> {
            if (o instanceof Subnet subnet) {
                subnets.add(subnet);
            }
        });
        return subnets;
    }

    static String subnetLabel(Subnet subnet) {
        VirtualNetwork network = DesignNavigation.networkOf(subnet);
        OptionalLong free = NetworkRequirements.freeAddresses(subnet);
        String name = network == null ? subnet.getName() : NLS.bind(Messages.Network_subnetOfNetwork, network.getName(), subnet.getName());
        return free.isPresent() ? NLS.bind(Messages.Network_subnetWithFree, new Object[] { name, subnet.getAddressPrefix(), free.getAsLong() })
                : NLS.bind(Messages.Network_subnetWithPrefix, name, subnet.getAddressPrefix());
    }

    private static String capacityText(AzureSsisIntegrationRuntime runtime) {
        Subnet subnet = runtime.getVnetInjection().getSubnet();
        if (subnet == null) {
            return Messages.Network_pickTheSubnetTheIr;
        }
        OptionalLong free = NetworkRequirements.freeAddresses(subnet);
        long needed = NetworkRequirements.addressesNeeded(runtime);
        if (free.isEmpty()) {
            return NLS.bind(Messages.Network_noValidPrefix, subnet.getName());
        }
        return NLS.bind(free.getAsLong() >= needed ? Messages.Network_subnetCapacity : Messages.Network_subnetTooSmall, new Object[] {
                subnet.getName(), subnet.getAddressPrefix(), free.getAsLong(), subnet.getUsedAddresses(), runtime.getNodeCount(), needed });
    }

    private static String publicIpText(VNetInjection injection) {
        List<PublicIpAddress> ips = injection.getPublicIps();
        if (ips.isEmpty()) {
            return Messages.Network_publicIpsAzureAssignsThem;
        }
        return NLS.bind(Messages.Network_publicIpsOfYourOwn, String.join(", ", ips.stream() //$NON-NLS-1$
                .map(ip -> ip.getIpAddress() == null ? ip.getName() : ip.getName() + " " + ip.getIpAddress()).toList())); //$NON-NLS-1$
    }

    private static String dnsText(Subnet subnet) {
        VirtualNetwork network = subnet == null ? null : DesignNavigation.networkOf(subnet);
        if (network == null) {
            return ""; //$NON-NLS-1$
        }
        if (network.getDnsServers().isEmpty()) {
            return NLS.bind(Messages.Network_dnsAzureProvided, String.join(", ", network.getAddressSpaces())); //$NON-NLS-1$
        }
        return NLS.bind(network.isDnsForwardsToAzure() ? Messages.Network_dnsCustomForwarding : Messages.Network_dnsCustomNotForwarding,
                String.join(", ", network.getDnsServers())); //$NON-NLS-1$
    }

    private static String routeText(Subnet subnet) {
        if (subnet == null || subnet.getRouteTable() == null) {
            return Messages.Network_routesNoneOfYourOwn;
        }
        List<String> routes = new ArrayList<>();
        for (Route route : subnet.getRouteTable().getRoutes()) {
            routes.add(route.getAddressPrefix() + " -> " + route.getNextHopType().getLiteral()); //$NON-NLS-1$
        }
        return NLS.bind(Messages.Network_routes, subnet.getRouteTable().getName(), String.join("; ", routes)); //$NON-NLS-1$
    }
}
