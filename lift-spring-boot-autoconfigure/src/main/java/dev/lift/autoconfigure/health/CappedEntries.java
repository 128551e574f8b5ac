package dev.lift.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-instance entries of a health or endpoint response, at most a configured number of them: an
 * instance per tenant could otherwise make a response as large as the tenant count. Entries beyond
 * the cap are counted under {@code omitted}.
 */
final class CappedEntries {

    private final int max;

    private final Map<String, Object> entries = new LinkedHashMap<>();

    private int omitted;

    CappedEntries(int max) {
        this.max = max;
    }

    /**
     * @param name the entry's name
     * @param value its value
     */
    void add(String name, Object value) {
        if (this.entries.size() < this.max) {
            this.entries.put(name, value);
        }
        else {
            this.omitted++;
        }
    }

    /** @return the entries, with an {@code omitted} count when some did not fit */
    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>(this.entries);
        if (this.omitted > 0) {
            map.put("omitted", this.omitted);
        }
        return map;
    }

}
