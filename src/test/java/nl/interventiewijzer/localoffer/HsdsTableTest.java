package nl.interventiewijzer.localoffer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HsdsTableTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "5ae4210a-ac9a-5729-bb86-7434712af808",
            "5AE4210A-AC9A-5729-BB86-7434712AF808",
            "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff",
            "9a0B1c2D-3e4F-5a6b-7c8d-9e0f1a2b3c4d"})
    void aValueOfHexadecimalDigitsInGroupsOf8_4_4_4_12IsAUuid(String value) {
        assertThat(HsdsTable.isUuid(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "area-1",
            "5ae4210a-ac9a-5729-bb86-7434712af80",
            "5ae4210a-ac9a-5729-bb86-7434712af8080",
            "5ae4210aac9a-5729-bb86-7434712af808-",
            "5ae4210a-ac9a5729-bb86--7434712af808",
            "5ae4210a-ac9a-5729-bb867-434712af808",
            "5ae4210a-ac9a-5729-bb86_7434712af808",
            "5ae4210a0ac9a05729abb8607434712af808",
            "5ae4210g-ac9a-5729-bb86-7434712af808",
            "5ae4210a-ac9a-5729-bb86-7434712af80G",
            "5ae4210a-ac9a-5729-bb86-7434712af80/",
            "5ae4210a-ac9a-5729-bb86-7434712af80:",
            "5ae4210a-ac9a-5729-bb86-7434712af80@",
            "5ae4210a-ac9a-5729-bb86-7434712af80`",
            "5ae4210a-ac9a-5729-bb86-7434712af8\uff10\uff18",
            "5ae4210a-ac9a-5729-bb86-7434712af8\u0660\u0668"})
    void anythingElseIsNotAUuidEvenWithDigitsOfOtherScripts(String value) {
        assertThat(HsdsTable.isUuid(value)).isFalse();
    }
}
