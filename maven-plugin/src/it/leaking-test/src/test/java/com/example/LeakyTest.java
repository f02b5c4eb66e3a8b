package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LeakyTest {
    @Test
    void readsTheFirstByte() throws Exception {
        File file = File.createTempFile("leaky", ".txt");
        try (FileOutputStream out = new FileOutputStream(file)) {
            out.write('x');
        }
        InputStream in = new FileInputStream(file); // never closed: the leak the build must name (line 18)
        assertEquals('x', in.read());
    }

    @Test
    void closesWhatItOpens() throws Exception {
        File file = File.createTempFile("tidy", ".txt");
        try (InputStream in = new FileInputStream(file)) {
            assertEquals(-1, in.read());
        }
    }
}
