package org.infoops.scenario.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.infoops.model.cascade.RetweetTable;
import org.infoops.model.cascade.RetweetTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retweet table's CSV schema: written and read back; errors name the line and the column. */
class RetweetTableFilesTest {

    private static RetweetTable table(long[][] rows) {
        return RetweetTables.of(rows);
    }

    @Test
    void csvRoundTripAndErrorsNameTheLineAndColumn(@TempDir Path dir) throws IOException {
        RetweetTable t = table(new long[][] {{5, 6, 2}, {6, 5, 1}});
        Path f = dir.resolve("rt.csv");
        RetweetTableFiles.write(t, f);
        RetweetTable back = RetweetTableFiles.read(f);
        assertEquals(2, back.rowCount());
        assertEquals(6L, back.retweeter(0));
        Files.writeString(f, "author,retweeter,count\n1,2,x\n");
        IOException e = assertThrows(IOException.class, () -> RetweetTableFiles.read(f));
        assertTrue(e.getMessage().contains(":2: count must be an integer, was 'x'"), e.getMessage());
        Files.writeString(f, "a,b\n");
        assertTrue(assertThrows(IOException.class, () -> RetweetTableFiles.read(f)).getMessage().contains("header must be"));
    }
}
