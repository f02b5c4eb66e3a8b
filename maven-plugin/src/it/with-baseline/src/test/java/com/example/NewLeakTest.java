package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.RandomAccessFile;
import org.junit.jupiter.api.Test;

class NewLeakTest {
    @Test
    void readsALength() throws Exception {
        RandomAccessFile file = new RandomAccessFile(File.createTempFile("new", ".bin"), "r"); // new since the baseline
        assertEquals(0, file.length());
    }
}
