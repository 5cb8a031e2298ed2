package org.beloved.bot.testing;

import java.time.Instant;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * One REST request FakeDiscord received, and the status it answered.
 *
 * @param path the path below the API base, without the version prefix or query: {@code /channels/1/messages}
 * @param body the request body as sent (JSON for every route JDA uses here), empty when none
 * @param response the body the fake answered, empty when none
 */
public record Call(String method, String path, String query, String body, int status, String response, Instant at) {

    public boolean is(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }

    /** The body as a JSON object. */
    public DataObject json() {
        return DataObject.fromJson(body);
    }

    /** The answer as a JSON object, e.g. the message Discord created. */
    public DataObject responseJson() {
        return DataObject.fromJson(response);
    }

    /** The body as a JSON array (command registrations). */
    public DataArray jsonArray() {
        return DataArray.fromJson(body);
    }

    @Override
    public String toString() {
        return method + " " + path + " -> " + status + (body.isEmpty() ? "" : " " + body);
    }
}
