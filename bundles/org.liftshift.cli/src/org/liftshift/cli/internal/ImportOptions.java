package org.liftshift.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/** The command line of {@code liftshift import}. */
record ImportOptions(List<String> inputs, String output, boolean merge, boolean replace, boolean trustServerCertificate,
        String authentication, String user) {

    /** The options, or null after printing what is wrong to {@code err}. */
    static ImportOptions parse(List<String> args, PrintStream err) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        boolean merge = false;
        boolean replace = false;
        boolean trust = false;
        String authentication = null;
        String user = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "-o", "--output", "--authentication", "--user" -> {
                    if (i + 1 == args.size()) {
                        err.println(NLS.bind(Messages.Import_valueMissing, arg));
                        return null;
                    }
                    String value = args.get(++i);
                    if (arg.equals("--authentication")) {
                        authentication = value;
                    } else if (arg.equals("--user")) {
                        user = value;
                    } else {
                        output = value;
                    }
                }
                case "--merge" -> merge = true;
                case "--replace" -> replace = true;
                case "--trust-server-certificate" -> trust = true;
                default -> {
                    if (arg.startsWith("-")) {
                        err.println(NLS.bind(Messages.Import_optionUnknown, arg));
                        return null;
                    }
                    inputs.add(arg);
                }
            }
        }
        if (inputs.isEmpty() || output == null) {
            err.println(Messages.Import_inputsMissing);
            return null;
        }
        if (merge && replace) {
            err.println(Messages.Import_mergeOrReplace);
            return null;
        }
        return new ImportOptions(List.copyOf(inputs), output, merge, replace, trust, authentication, user);
    }
}
