using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Hosting;

namespace Nijkerk.Vergoedingen.Referrals;

/// <summary>The body of a decision: every decision records why it was taken.</summary>
public sealed record ReasonRequest(string? Reason)
{
    public static ProblemDetails Check(ReasonRequest? body)
    {
        if (body is null)
        {
            return Validation.MissingBody();
        }
        var check = new Validation();
        check.Text("reason", body.Reason);
        return check.ToProblem();
    }
}
