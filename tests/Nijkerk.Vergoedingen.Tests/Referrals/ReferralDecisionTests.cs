using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;
using static Nijkerk.Vergoedingen.Tests.Support.Given;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Tests.Referrals;

/// <summary>Given events, when a command, then events or a problem code: request, reject, schedule, complete.</summary>
public class ReferralDecisionTests
{
    [Fact]
    public void Requesting_a_training_records_the_case_reference_but_not_the_motivation()
    {
        var command = new RequestTraining("r1", "Z-2026-0001", Scheme.HoudMeVast, 2026, "Persoonlijke toelichting", null, null, Anna);

        var requested = Assert.IsType<TrainingRequested>(RequestTrainingHandler.Decide(command, Scheme.All, Now).Changes.Single().Event);

        Assert.Equal(("Z-2026-0001", "anna", "consulent", Now), (requested.CaseReference, requested.By, requested.Role, requested.At));
        Assert.DoesNotContain("Persoonlijke", System.Text.Json.JsonSerializer.Serialize(requested));
    }

    [Fact]
    public void A_request_at_half_past_eleven_UTC_on_new_years_eve_is_already_in_the_next_year()
    {
        var newYearsEve = Instant.FromUtc(2026, 12, 31, 23, 30);

        var forOldYear = RequestTraining.Create("r1", "Z-1", Scheme.HoudMeVast, 2026, "m", null, null, Anna, newYearsEve);
        var forNewYear = RequestTraining.Create("r2", "Z-2", Scheme.HoudMeVast, 2027, "m", null, null, Anna, newYearsEve);

        Assert.Equal(ProblemCodes.Validation, forOldYear.Refusal?.Code);
        Assert.False(RequestTrainingHandler.Decide(forNewYear.Command!, Scheme.All, newYearsEve).IsRefused);
    }

    [Fact]
    public void Rejecting_a_requested_referral_records_why()
    {
        var decision = RejectReferralHandler.Decide(Referral(Requested()), false, new RejectReferral("r1", "Geen uitzonderlijk geval", Bob), Now);

        var rejected = Assert.IsType<ReferralRejected>(decision.Changes.Single().Event);
        var text = Assert.IsType<PersonalText>(decision.Documents.Single().Document);
        Assert.Equal(("Geen uitzonderlijk geval", "Z-2026-0001", "bob"), (text.Text, text.CaseReference, rejected.By));
        Assert.True(text.Matches(rejected.Reason));
        Assert.DoesNotContain("uitzonderlijk", System.Text.Json.JsonSerializer.Serialize(rejected), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_approved_referral_cannot_be_rejected()
    {
        var decision = RejectReferralHandler.Decide(Referral(Requested(), Approved(), Reserved()), false, new RejectReferral("r1", "Toch niet", Bob), Now);

        Assert.Equal(ProblemCodes.InvalidTransition, decision.Refusal?.Code);
    }

    [Fact]
    public void A_reserved_referral_can_be_scheduled_and_rescheduled()
    {
        var start = new LocalDate(2026, 4, 1);
        var schedule = new ScheduleTraining("r1", "Praktijk De Brug", start, Anna);

        var first = ScheduleTrainingHandler.Decide(Referral(Requested(), Approved(), Reserved()), false, schedule, Now);
        var again = ScheduleTrainingHandler.Decide(Referral(Requested(), Approved(), Reserved(), Scheduled("r1", start)), false, schedule with { StartDate = start.PlusDays(7) }, Now);

        Assert.Equal(start, Assert.IsType<TrainingScheduled>(first.Changes.Single().Event).StartDate);
        Assert.Equal(start.PlusDays(7), Assert.IsType<TrainingScheduled>(again.Changes.Single().Event).StartDate);
    }

    [Fact]
    public void A_requested_or_waitlisted_referral_cannot_be_scheduled()
    {
        var schedule = new ScheduleTraining("r1", "Praktijk De Brug", new LocalDate(2026, 4, 1), Anna);

        Assert.Equal(ProblemCodes.InvalidTransition, ScheduleTrainingHandler.Decide(Referral(Requested()), false, schedule, Now).Refusal?.Code);
        Assert.Equal(ProblemCodes.InvalidTransition,
            ScheduleTrainingHandler.Decide(Referral(Requested(), Approved(), Waitlisted("r1", 1)), false, schedule, Now).Refusal?.Code);
    }

    [Fact]
    public void A_training_cannot_be_scheduled_before_it_was_requested()
    {
        var decision = ScheduleTrainingHandler.Decide(Referral(Requested(), Approved(), Reserved()), false,
            new ScheduleTraining("r1", "Praktijk De Brug", new LocalDate(2026, 1, 5), Anna), Now);

        Assert.Equal((ProblemCodes.Validation, "startDate"), (decision.Refusal?.Code, decision.Refusal?.Field));
    }

    [Fact]
    public void Completing_a_houd_me_vast_training_consumes_its_slot_on_the_year()
    {
        var referral = Referral(Requested(), Approved(), Reserved(), Scheduled("r1", new LocalDate(2026, 2, 27)));

        var decision = CompleteTrainingHandler.Decide(referral, false, new CompleteTraining("r1", new LocalDate(2026, 3, 1), Anna), Now);

        Assert.IsType<TrainingCompleted>(decision.On("r1").Single());
        var year = QuotaYear.Fold(Quota(10, Reserved()), decision.On(QuotaKey))!;
        Assert.Equal((0, 1), (year.Reserved, year.Consumed));
    }

    [Fact]
    public void Completing_special_assistance_touches_no_budget()
    {
        var referral = Referral(RequestedMoney(), Approved(), Committed("r1", 1250m), Scheduled("r1", new LocalDate(2026, 2, 27)));

        var decision = CompleteTrainingHandler.Decide(referral, false, new CompleteTraining("r1", new LocalDate(2026, 3, 1), Anna), Now);

        Assert.Equal(["r1"], decision.Changes.Select(c => c.Stream));
    }

    [Theory]
    [InlineData(2026, 2, 26, "before it started")]
    [InlineData(2026, 3, 3, "in the future")]
    public void A_training_cannot_be_completed_before_its_start_or_in_the_future(int y, int m, int d, string _)
    {
        var referral = Referral(Requested(), Approved(), Reserved(), Scheduled("r1", new LocalDate(2026, 2, 27)));

        var decision = CompleteTrainingHandler.Decide(referral, false, new CompleteTraining("r1", new LocalDate(y, m, d), Anna), Now);

        Assert.Equal((ProblemCodes.Validation, "completedOn"), (decision.Refusal?.Code, decision.Refusal?.Field));
    }

    [Fact]
    public void Only_a_scheduled_training_can_be_completed()
    {
        var decision = CompleteTrainingHandler.Decide(Referral(Requested(), Approved(), Reserved()), false, new CompleteTraining("r1", new LocalDate(2026, 3, 1), Anna), Now);

        Assert.Equal(ProblemCodes.InvalidTransition, decision.Refusal?.Code);
    }
}
