package org.liftshift.generate.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void shortNamesKeepTheirLettersDigitsDashesAndDots() {
        assertThat(FileNames.safe("ir-SSIS.Finance 01/weu")).isEqualTo("ir-ssis.finance_01_weu");
    }

    @Test
    void longNamesAreCutAndStayDistinct() {
        String prefix = "x".repeat(100);
        String first = FileNames.safe(prefix + "first");
        String second = FileNames.safe(prefix + "second");

        assertThat(first).hasSize(FileNames.MAX_LENGTH).startsWith("x".repeat(50)).matches(".*-[0-9a-f]{8}");
        assertThat(second).hasSize(FileNames.MAX_LENGTH).isNotEqualTo(first);
        assertThat(FileNames.safe(prefix + "first")).isEqualTo(first);
    }
}
