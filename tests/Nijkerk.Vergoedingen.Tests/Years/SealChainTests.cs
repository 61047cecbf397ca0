using Nijkerk.Vergoedingen.Years;

namespace Nijkerk.Vergoedingen.Tests.Years;

public class SealChainTests
{
    private static StoredEvent Event(long sequence, string data) =>
        new(sequence, "3f1c…", "quota-year/houd-me-vast/2026", sequence, "slot_reserved", new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), data);

    [Fact]
    public void The_canonical_form_does_not_depend_on_key_order_or_whitespace()
    {
        Assert.Equal(
            SealChain.Canonical(Event(1, """{"b": 1, "a": {"y": "x", "x": [1, 2]}}""")),
            SealChain.Canonical(Event(1, """{"a":{"x":[1,2],"y":"x"},"b":1}""")));
    }

    [Fact]
    public void Each_link_depends_on_everything_before_it()
    {
        var events = new[] { Event(1, """{"amount":600.00}"""), Event(2, """{"amount":75.50}""") };

        var links = SealChain.Links(null, events);
        var changedFirst = SealChain.Links(null, [Event(1, """{"amount":600.01}"""), events[1]]);
        var otherPrevious = SealChain.Links("abc", events);

        Assert.NotEqual(links[0].Hash, changedFirst[0].Hash);
        Assert.NotEqual(links[1].Hash, changedFirst[1].Hash);
        Assert.NotEqual(links[1].Hash, otherPrevious[1].Hash);
        Assert.Equal(links, SealChain.Links(null, events));
    }

    [Fact]
    public void The_first_difference_is_the_changed_or_removed_event()
    {
        var events = new[] { Event(1, "{}"), Event(2, """{"a":1}"""), Event(3, """{"a":2}""") };
        var sealedLinks = SealChain.Links(null, events);

        var changed = VerifyYearEndpoint.FirstDifference(SealChain.Links(null, [events[0], Event(2, """{"a":9}"""), events[2]]), sealedLinks, events);
        var removed = VerifyYearEndpoint.FirstDifference(SealChain.Links(null, [events[0], events[2]]), sealedLinks, [events[0], events[2]]);

        Assert.Equal(2, changed?.Sequence);
        Assert.Equal((2L, "(removed)"), (removed!.Sequence, removed.Type));
        Assert.Null(VerifyYearEndpoint.FirstDifference(sealedLinks, sealedLinks, events));
    }
}
