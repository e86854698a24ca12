package org.liftshift.ui.azure;

import java.util.List;

import org.liftshift.azure.deploy.AvailableSubscription;
import org.liftshift.azure.deploy.DeploymentAction;
import org.liftshift.model.target.SecretReference;
import org.liftshift.model.target.Subscription;

/**
 * What the architect decides during a workbench deployment or drift check, asked from the job's
 * thread: {@link WorkbenchDeploymentDialogs} asks with dialogs.
 */
public interface DeploymentDialogs {

    /** @return the subscription to use for {@code designed}, or null to stop */
    AvailableSubscription chooseSubscription(Subscription designed, List<AvailableSubscription> available);

    /** @return whether to make the planned changes */
    boolean confirm(String design, List<DeploymentAction> planned);

    /**
     * A secret the design keeps nowhere Liftshift can read (or secure storage does not hold yet).
     *
     * @return the value, or null to stop
     */
    String secret(SecretReference secret, String purpose);
}
