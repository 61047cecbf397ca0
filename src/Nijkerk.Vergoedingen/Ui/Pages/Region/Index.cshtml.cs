using Marten;
using Microsoft.AspNetCore.Authorization;
using Nijkerk.Vergoedingen.Municipalities;
using Nijkerk.Vergoedingen.Region;
using Nijkerk.Vergoedingen.Security;

namespace Nijkerk.Vergoedingen.Ui.Pages.Region;

/// <summary>"Regio": the regional controller's view of every municipality's year, with the printable report and its numbers.</summary>
[Authorize(Policy = Policies.RegionalController)]
public sealed class IndexModel(IDocumentStore store, MunicipalityDirectory municipalities) : LedgerPage
{
    public int Year { get; private set; }

    public IReadOnlyList<int> Years => [CurrentYear - 2, CurrentYear - 1, CurrentYear, CurrentYear + 1];

    public RegionAllocation Data { get; private set; } = new(0, []);

    public async Task OnGetAsync(int? jaar)
    {
        Year = jaar is { } y && y is >= 2000 and <= 9999 ? y : CurrentYear;
        Data = await RegionAllocation.LoadAsync(store, municipalities, Year, HttpContext.RequestAborted);
    }
}
