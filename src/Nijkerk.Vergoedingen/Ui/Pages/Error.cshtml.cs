using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Nijkerk.Vergoedingen.Ui.Pages;

/// <summary>What a screen shows when something went wrong: a plain sentence, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int? Code { get; private set; }

    public string Title => Code == 404 ? "Pagina niet gevonden" : "Er ging iets mis";

    public string Explanation => Code == 404
        ? "Deze pagina bestaat niet. Controleer het adres of ga terug naar de startpagina."
        : "Er is een fout opgetreden. Er is niets vastgelegd. Probeer het later opnieuw; blijft het misgaan, neem dan contact op met de functioneel beheerder.";

    public void OnGet(int? code) => Code = code;

    public void OnPost(int? code) => Code = code;
}
