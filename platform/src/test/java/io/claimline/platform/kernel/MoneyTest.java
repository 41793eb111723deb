package io.claimline.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void refusesMoreDecimalsThanTheCurrencyHasInsteadOfRounding() {
        assertThatThrownBy(() -> Money.usd("10.005"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 decimals");
    }

    @Test
    void keepsTheCurrencyScale() {
        assertThat(Money.usd("10").amount()).isEqualByComparingTo("10.00");
        assertThat(Money.usd("10").amount().scale()).isEqualTo(2);
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.usd("1.00").plus(Money.of("1.00", Currency.getInstance("EUR"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundsOnlyWhereTheCallerSaysHow() {
        assertThat(Money.usd("100.01").multiply(new BigDecimal("0.2"), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.usd("20.00"));
    }

    @Test
    void travelsAsAStringAmountAndACurrencyCode() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String json = mapper.writeValueAsString(Money.usd("1234.50"));

        assertThat(json).isEqualTo("{\"amount\":\"1234.50\",\"currency\":\"USD\"}");
        assertThat(mapper.readValue(json, Money.class)).isEqualTo(Money.usd("1234.50"));
    }

    @Property
    void addingThenSubtractingGivesTheSameAmountToTheCent(
            @ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(2) BigDecimal a,
            @ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(2) BigDecimal b) {
        Money x = new Money(a, Money.USD);
        Money y = new Money(b, Money.USD);

        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.plus(y)).isEqualTo(y.plus(x));
    }
}
