package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class TidyBTest {
    @Test
    void closesWhatItOpens() throws Exception {
        File file = File.createTempFile("tidy", ".txt");
        try (InputStream in = new FileInputStream(file)) {
            assertEquals(-1, in.read());
        }
        Files.delete(file.toPath());
        assertEquals("on", System.getProperty("sample.flag"), "the project's own argLine still reaches the test JVM");
    }
}
