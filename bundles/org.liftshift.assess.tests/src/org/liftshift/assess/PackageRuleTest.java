package org.liftshift.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.liftshift.testing.SharedMaterial;

class PackageRuleTest {

    @Test
    void everyRuleSaysWhatItFindsWhyAndWhatToDo() {
        for (PackageRule rule : PackageRule.values()) {
            assertThat(rule.title()).as(rule.id() + " title").isNotBlank();
            assertThat(rule.rationale()).as(rule.id() + " why").isNotBlank();
            assertThat(rule.recommendation()).as(rule.id() + " fix").isNotBlank();
            assertThat(PackageRule.byId(rule.id())).contains(rule);
        }
        assertThat(Arrays.stream(PackageRule.values()).map(PackageRule::id).distinct()).hasSize(PackageRule.values().length);
    }

    @Test
    void theDmaRulesAreExactlyTheOnesMicrosoftPublishes() throws Exception {
        String published = Files.readString(SharedMaterial.file("domain/docs/articles/data-factory/scenario-ssis-migration-rules.md"));
        Set<String> numbers = new TreeSet<>();
        Matcher heading = Pattern.compile("(?m)^### \\[(\\d{4})\\]").matcher(published);
        while (heading.find()) {
            numbers.add(heading.group(1));
        }
        Set<String> ours = new TreeSet<>();
        Arrays.stream(PackageRule.values()).map(PackageRule::id).filter(id -> id.matches("\\d{4}")).forEach(ours::add);

        assertThat(numbers).hasSize(16);
        assertThat(ours).isEqualTo(numbers);
    }
}
