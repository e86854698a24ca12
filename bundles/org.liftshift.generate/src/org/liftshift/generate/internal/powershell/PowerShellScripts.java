package org.liftshift.generate.internal.powershell;

import static org.liftshift.generate.internal.text.PowerShellText.commentQuote;

import java.util.ArrayList;
import java.util.List;

import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.DataFactory;
import org.liftshift.model.target.ResourceGroup;
import org.liftshift.model.target.Subscription;

/** What every kit script shares: its opening lines and the factories it works on. */
final class PowerShellScripts {

    private PowerShellScripts() {
    }

    /**
     * The opening lines: what the script does, {@code -WhatIf} support, stop on the first error.
     *
     * @param parameters the body of the {@code param()} block, or empty
     */
    static String header(String title, MigrationPlan plan, String what, String parameters) {
        return "# Liftshift deployment kit: " + oneLine(title) + " of " + commentQuote(plan.getName()) + "\n" + "# "
                + oneLine(what) + "\n"
                + "# Safe to run again. Run with -WhatIf to see what it would change.\n"
                + "[CmdletBinding(SupportsShouldProcess = $true)]\nparam(" + parameters + ")\n\n"
                + "$ErrorActionPreference = 'Stop'\nSet-StrictMode -Version Latest\n";
    }

    /** Every data factory of the design, in design order. */
    static List<DataFactory> factories(MigrationPlan plan) {
        List<DataFactory> factories = new ArrayList<>();
        if (plan.getTarget() != null) {
            for (Subscription subscription : plan.getTarget().getSubscriptions()) {
                for (ResourceGroup group : subscription.getResourceGroups()) {
                    factories.addAll(group.getDataFactories());
                }
            }
        }
        return factories;
    }

    /** Text for a comment line, which a line break would end. */
    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}", " ");
    }
}
