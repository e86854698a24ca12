package org.liftshift.azure.arm;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;
import com.azure.json.JsonSerializable;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntime;

/**
 * Converts Azure SDK model objects to and from the JSON that Azure Resource Manager accepts.
 * <p>
 * The SDK's own serialisers are used so that what Liftshift writes into templates is exactly what
 * the SDK would send on the wire.
 */
public final class ArmJson {

    private ArmJson() {
    }

    /** Serialises an SDK model (an integration runtime, a factory, ...) as compact JSON. */
    public static String write(JsonSerializable<?> model) {
        try {
            return model.toJsonString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialise " + model.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads the {@code properties} of an integration runtime resource; the {@code type}
     * discriminator selects the subclass ({@code Managed} or {@code SelfHosted}).
     *
     * @throws IllegalArgumentException when the text is not JSON of an integration runtime
     */
    public static IntegrationRuntime readIntegrationRuntime(String json) {
        try (JsonReader reader = JsonProviders.createReader(json)) {
            IntegrationRuntime runtime = IntegrationRuntime.fromJson(reader);
            if (runtime == null) {
                throw new IllegalArgumentException("Not an integration runtime definition: the JSON is null");
            }
            return runtime;
        } catch (IOException | IllegalStateException e) {
            // the SDK reports malformed JSON as IOException and wrong shapes as IllegalStateException
            throw new IllegalArgumentException("Not an integration runtime definition: " + e.getMessage(), e);
        }
    }
}
