package org.chancery.economy.web;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TypedNumbersTests {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "162000000       | 162000000",
            "162 000 000     | 162000000",
            "1 234,5         | 1234.5",
            "1\u00a0234,50   | 1234.5",
            "1,234.5         | 1234.5",
            "1.234,5         | 1234.5",
            "1,234,567       | 1234567",
            "1.234.567       | 1234567",
            "1,234           | 1234",
            "12,5            | 12.5",
            "12.5            | 12.5",
            "162 million     | 162000000",
            "1.5 billion     | 1500000000",
            "1,5 млрд        | 1500000000",
            "360 млн.        | 360000000",
            "+50%            | 50",
            "−12,5 %         | -12.5",
            "-3.25           | -3.25",
            "1.234           | 1.234"})
    void readsNumbersAsStaffCopyThem(String typed, String expected) {
        assertThat(TypedNumbers.read(typed)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lots", "12 apples", "1,23,4", "1.2.3,4,5", "12..5", "1 234,5,6", "e5", "0x10"})
    void refusesWhatIsNotANumber(String typed) {
        assertThat(TypedNumbers.read(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.5 billion | 1500000000", "12,50 | 12.5", "100 | 100"})
    void writesNoNeedlessDecimals(String typed, String plain) {
        assertThat(TypedNumbers.read(typed)).hasValueSatisfying(value -> assertThat(value.toPlainString()).isEqualTo(plain));
    }
}
