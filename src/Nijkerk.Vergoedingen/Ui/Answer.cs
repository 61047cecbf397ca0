using Microsoft.AspNetCore.Mvc;

namespace Nijkerk.Vergoedingen.Ui;

/// <summary>
/// An answer the API writes (a streamed CSV), given by a screen's handler rather than written in it: so it is
/// written after the handler, once what it shows is recorded (<see cref="LedgerPage.Shows"/>).
/// </summary>
public sealed class Answer(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
}
