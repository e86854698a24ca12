package org.liftshift.cli.internal;

import org.liftshift.cli.Subcommand;

/** A subcommand of Liftshift's own: its name, summary and usage are fixed when it is made. */
abstract class NamedSubcommand implements Subcommand {

    private final String name;
    private final String summary;
    private final String usage;

    NamedSubcommand(String name, String summary, String usage) {
        this.name = name;
        this.summary = summary;
        this.usage = usage;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String summary() {
        return summary;
    }

    @Override
    public final String usage() {
        return usage;
    }
}
