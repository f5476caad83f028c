package cn.partybuilding.volunteer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WishStatusTest {

    private static Set<WishStatus> next(WishStatus from) {
        return Arrays.stream(WishStatus.values()).filter(from::mayMoveTo).collect(Collectors.toCollection(() -> EnumSet.noneOf(WishStatus.class)));
    }

    @Test
    void aWishIsClaimedOnceFulfilledByTheClaimerAndConfirmedOrWithdrawnWhileOpen() {
        assertEquals(EnumSet.of(WishStatus.CLAIMED, WishStatus.WITHDRAWN), next(WishStatus.OPEN));
        assertEquals(EnumSet.of(WishStatus.FULFILLED), next(WishStatus.CLAIMED));
        assertEquals(EnumSet.of(WishStatus.CONFIRMED), next(WishStatus.FULFILLED));
        assertEquals(EnumSet.noneOf(WishStatus.class), next(WishStatus.CONFIRMED));
        assertEquals(EnumSet.noneOf(WishStatus.class), next(WishStatus.WITHDRAWN));
    }
}
