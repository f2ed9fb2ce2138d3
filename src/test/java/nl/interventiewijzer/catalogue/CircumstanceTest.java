package nl.interventiewijzer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What naming one circumstance says about others. */
class CircumstanceTest {

    @Test
    void recentlyWidowedIsWidowed() {
        assertThat(Circumstance.RECENTLY_WIDOWED.implied()).containsExactlyInAnyOrder(Circumstance.RECENTLY_WIDOWED,
                Circumstance.WIDOWED);
    }

    @Test
    void aPsychiatricConditionCountsAsContactWithMentalHealthCare() {
        assertThat(Circumstance.PSYCHIATRIC_CONDITION.implied()).contains(Circumstance.PSYCHIATRIC_HISTORY);
        assertThat(Circumstance.PSYCHIATRIC_HISTORY.implied()).containsExactly(Circumstance.PSYCHIATRIC_HISTORY);
    }

    @Test
    void aFoodBankClientHasALowIncome() {
        assertThat(Circumstance.FOOD_BANK_CLIENT.implied()).contains(Circumstance.LOW_INCOME);
        assertThat(Circumstance.LOW_INCOME.implied()).containsExactly(Circumstance.LOW_INCOME);
    }

    @Test
    void mostCircumstancesImplyOnlyThemselves() {
        assertThat(Circumstance.LIVES_ALONE.implied()).containsExactly(Circumstance.LIVES_ALONE);
    }
}
