package org.liftshift.azure.deploy;

/**
 * One change a deployment makes in Azure, in the order it is made; {@code --what-if} lists them
 * without making them.
 *
 * @param resourceId the Azure resource the action writes
 * @param reason why: what differs from the design
 */
public record DeploymentAction(Kind kind, String resourceId, String reason) {

    public enum Kind {
        CREATE_SECURITY_RULE("create network security rule"),
        UPDATE_SECURITY_RULE("update network security rule"),
        CREATE_FACTORY("create data factory"),
        CREATE_CREDENTIAL("create credential"),
        UPDATE_CREDENTIAL("update credential"),
        CREATE_SELF_HOSTED_RUNTIME("create self-hosted integration runtime"),
        /** Not a write: a linked service the IR refers to is missing, and the deployment stops before the IR. */
        REQUIRE_LINKED_SERVICE("needs linked service"),
        STOP_RUNTIME("stop integration runtime"),
        CREATE_RUNTIME("create integration runtime"),
        UPDATE_RUNTIME("update integration runtime"),
        START_RUNTIME("start integration runtime");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    @Override
    public String toString() {
        return kind.text() + " " + resourceId + ": " + reason;
    }
}
