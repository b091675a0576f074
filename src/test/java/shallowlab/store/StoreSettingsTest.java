package shallowlab.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreSettingsTest {

    @Test
    void withNothingSetItIsH2InTheDataFolderWithDurableCommits() {
        var s = StoreSettings.fromEnvironment(Map.of());
        String file = Path.of("data").toAbsolutePath().normalize().resolve("shallowlab").toString();
        assertEquals("jdbc:h2:file:" + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", s.jdbcUrl());
        assertEquals("sa", s.user());
    }

    @Test
    void dataDirMovesTheH2File() {
        var s = StoreSettings.fromEnvironment(Map.of("DATA_DIR", "/var/lib/shallowlab"));
        assertEquals("jdbc:h2:file:/var/lib/shallowlab/shallowlab;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", s.jdbcUrl());
    }

    @Test
    void aJdbcUrlIsUsedAsGivenWithItsLogin() {
        var s = StoreSettings.fromEnvironment(Map.of(
                "JDBC_DATABASE_URL", "jdbc:postgresql://db:5432/lab?sslmode=require",
                "JDBC_DATABASE_USERNAME", "lab", "JDBC_DATABASE_PASSWORD", "secret",
                "DATABASE_URL", "postgres://other:other@elsewhere/x", "DATA_DIR", "/ignored"));
        assertEquals(new StoreSettings("jdbc:postgresql://db:5432/lab?sslmode=require", "lab", "secret"), s);
    }

    @Test
    void aHerokuDatabaseUrlBecomesJdbcWithUserAndPassword() {
        var s = StoreSettings.fromEnvironment(Map.of("DATABASE_URL", "postgres://u1:p%40ss+w:rd@ec2.example.com:5432/d9"));
        assertEquals(new StoreSettings("jdbc:postgresql://ec2.example.com:5432/d9", "u1", "p@ss+w:rd"), s);
    }

    @Test
    void postgresqlSchemeNoPortAndParametersAreKept() {
        var s = StoreSettings.fromEnvironment(Map.of("DATABASE_URL", "postgresql://me@localhost/lab?sslmode=disable"));
        assertEquals(new StoreSettings("jdbc:postgresql://localhost/lab?sslmode=disable", "me", null), s);
    }

    @Test
    void aDatabaseUrlThatIsAlreadyJdbcIsUsedAsGiven() {
        var s = StoreSettings.fromEnvironment(Map.of("DATABASE_URL", "jdbc:h2:mem:x"));
        assertEquals(new StoreSettings("jdbc:h2:mem:x", null, null), s);
    }

    @Test
    void otherSchemesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> StoreSettings.fromEnvironment(Map.of("DATABASE_URL", "mysql://u:p@h/d")));
        assertThrows(IllegalArgumentException.class, () -> new StoreSettings("postgres://h/d", null, null));
    }

    @Test
    void blankVariablesCountAsUnset() {
        var s = StoreSettings.fromEnvironment(Map.of("JDBC_DATABASE_URL", " ", "DATABASE_URL", ""));
        assertEquals(StoreSettings.h2(Path.of("data")), s);
        assertNull(StoreSettings.fromEnvironment(Map.of("JDBC_DATABASE_URL", "jdbc:h2:mem:y")).password());
    }

    @Test
    void toStringHidesPasswords() {
        var s = new StoreSettings("jdbc:postgresql://h/d?user=u&password=hunter2", "u", "hunter3");
        assertFalse(s.toString().contains("hunter"), s.toString());
    }
}
