package org.liftshift.validate.internal;

/** One design rule, checked over the whole design. */
interface Check {

    void check(DesignIndex design, Findings findings);
}
