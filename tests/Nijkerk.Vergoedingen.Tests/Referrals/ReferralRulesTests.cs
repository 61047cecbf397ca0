using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;
using static Nijkerk.Vergoedingen.Tests.Support.Given;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Tests.Referrals;

/// <summary>The input rules of the referral commands, in the factories that the API and the screens both call.</summary>
public class ReferralRulesTests
{
    private static readonly string Long = new('x', Rules.MaxText + 1);

    private static Checked<RequestTraining> Request(
        string? caseReference = "Z-2026-0001", Scheme? scheme = null, int? year = 2026, string? motivation = "Eigen Plan doorlopen",
        decimal? cost = null, decimal? own = null, Instant? now = null) =>
        RequestTraining.Create("r1", caseReference, scheme ?? Scheme.HoudMeVast, year, motivation, cost, own, Anna, now ?? Now);

    private static FieldError Only<T>(Checked<T> command) where T : class
    {
        Assert.Null(command.Command);
        Assert.Equal(ProblemCodes.Validation, command.Refusal!.Code);
        return Assert.Single(command.Refusal.Errors);
    }

    [Fact]
    public void A_valid_request_is_trimmed_and_built()
    {
        var command = Request(caseReference: "  Z-2026-0001 ", motivation: " Eigen Plan doorlopen  ").Command!;

        Assert.Equal(("Z-2026-0001", "Eigen Plan doorlopen", 2026), (command.CaseReference, command.Motivation, command.Year));
    }

    [Theory]
    [InlineData(2025, Rules.YearTooEarly)]
    [InlineData(2028, Rules.YearTooLate)]
    [InlineData(null, Rules.Required)]
    public void A_referral_is_for_this_year_or_the_next_only(int? year, string rule)
    {
        var error = Only(Request(year: year));

        Assert.Equal(("year", rule), (error.Field, error.Rule));
        Assert.NotNull(Request(year: 2027).Command);
    }

    [Fact]
    public void The_year_window_follows_the_Amsterdam_calendar()
    {
        var newYearsEve = Instant.FromUtc(2026, 12, 31, 23, 30);

        Assert.Equal(Rules.YearTooEarly, Only(Request(year: 2026, now: newYearsEve)).Rule);
        Assert.NotNull(Request(year: 2028, now: newYearsEve).Command);
    }

    [Theory]
    [InlineData("123456782", Rules.Bsn)]
    [InlineData("Z 2026 0001", Rules.Shape)]
    [InlineData("", Rules.Required)]
    [InlineData("Z-12345678901234567890123456789012345678901", Rules.TooLong)]
    public void A_case_reference_is_a_case_number_and_never_a_BSN(string caseReference, string rule)
    {
        Assert.Equal(("caseReference", rule), (Only(Request(caseReference: caseReference)).Field, Only(Request(caseReference: caseReference)).Rule));
    }

    [Fact]
    public void A_motivation_is_required_and_at_most_two_thousand_characters()
    {
        Assert.Equal(Rules.Required, Only(Request(motivation: "   ")).Rule);
        var tooLong = Only(Request(motivation: Long));
        Assert.Equal((Rules.TooLong, "2000"), (tooLong.Rule, tooLong.Limit));
    }

    [Fact]
    public void Bijzondere_bijstand_needs_a_cost_above_zero_and_an_own_share_not_above_it()
    {
        Assert.Equal(("cost", Rules.Required), Pair(Only(Request(scheme: Scheme.BijzondereBijstand, own: 0m))));
        Assert.Equal(("cost", Rules.NotPositive), Pair(Only(Request(scheme: Scheme.BijzondereBijstand, cost: 0m, own: 0m))));
        Assert.Equal(("cost", Rules.TooLarge), Pair(Only(Request(scheme: Scheme.BijzondereBijstand, cost: 100_000_000.01m, own: 0m))));
        Assert.Equal(("ownContribution", Rules.AboveCost), Pair(Only(Request(scheme: Scheme.BijzondereBijstand, cost: 100m, own: 100.01m))));
        Assert.Equal(("ownContribution", Rules.Negative), Pair(Only(Request(scheme: Scheme.BijzondereBijstand, cost: 100m, own: -1m))));
        Assert.Equal(1250m, Request(scheme: Scheme.BijzondereBijstand, cost: 1450m, own: 200m).Command!.Cost - 200m);
    }

    [Fact]
    public void Houd_me_vast_takes_no_amounts_and_every_broken_rule_is_named_at_once()
    {
        Assert.Equal(("cost", Rules.NotForScheme), Pair(Only(Request(cost: 100m))));
        var all = Request(caseReference: null, year: 2031, motivation: null).Refusal!.Errors.Select(e => e.Field);
        Assert.Equal(["caseReference", "year", "motivation"], all);
    }

    [Fact]
    public void Every_decision_records_a_reason_of_at_most_two_thousand_characters()
    {
        Assert.Equal(Rules.Required, Only(ApproveReferral.Create("r1", " ", Bob)).Rule);
        Assert.Equal(Rules.TooLong, Only(RejectReferral.Create("r1", Long, Bob)).Rule);
        Assert.Equal(Rules.Required, Only(WithdrawReferral.Create("r1", null, Anna)).Rule);
        Assert.Equal("Past binnen beleid", ApproveReferral.Create("r1", " Past binnen beleid ", Bob).Command!.Reason);
    }

    [Fact]
    public void Scheduling_names_a_provider_of_at_most_two_hundred_characters_and_a_start_date()
    {
        Assert.Equal(("provider", Rules.TooLong), Pair(Only(ScheduleTraining.Create("r1", new string('p', 201), new LocalDate(2026, 4, 1), Anna))));
        Assert.Equal(("startDate", Rules.Required), Pair(Only(ScheduleTraining.Create("r1", "De Brug", null, Anna))));
        Assert.Equal(("completedOn", Rules.Required), Pair(Only(CompleteTraining.Create("r1", null, Anna))));
    }

    private static (string, string) Pair(FieldError error) => (error.Field, error.Rule);
}
