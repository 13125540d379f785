package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.store.EntityProfile;
import org.marsad.store.StoreStats;

class JsonOutTest {
    @Test
    void writesRecordComponentsInOrder() {
        assertEquals("{\"articles\":1,\"entities\":2,\"events\":3,\"quotes\":4,\"stories\":5}", JsonOut.write(new StoreStats(1, 2, 3, 4, 5)));
    }

    @Test
    void writesNestedListsAndNulls() {
        EntityProfile.Partner p = new EntityProfile.Partner("TUR", "تركيا", 2, Double.NaN);
        assertEquals("[{\"key\":\"TUR\",\"name\":\"تركيا\",\"events\":2,\"meanGoldstein\":null},null]",
                JsonOut.write(java.util.Arrays.asList(p, null)));
    }

    @Test
    void escapesMarkupInsideStrings() {
        assertEquals("{\"t\":\"<script>\\\"x\\\"</script>\"}", JsonOut.write(Map.of("t", "<script>\"x\"</script>")));
    }

    @Test
    void writesOtherValuesAsTheirStringForm() {
        assertEquals("[\"2024-12-01\",true]", JsonOut.write(List.of(java.time.LocalDate.of(2024, 12, 1), true)));
    }

    @Test
    void errorBodyHasStatusReasonAndMessage() {
        assertEquals("{\"status\":413,\"error\":\"Payload Too Large\",\"message\":\"too big\"}", JsonOut.error(413, "too big"));
    }
}
