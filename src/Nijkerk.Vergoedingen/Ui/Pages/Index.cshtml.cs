namespace Nijkerk.Vergoedingen.Ui.Pages;

public sealed class IndexModel : LedgerPage
{
    public void OnGet()
    {
    }
}
