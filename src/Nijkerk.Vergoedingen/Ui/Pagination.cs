namespace Nijkerk.Vergoedingen.Ui;

/// <summary>The design system's pagination under a paged list: the page shown and the addresses of its neighbours.</summary>
/// <param name="Prefix">The address of a page up to its number, e.g. <c>?jaar=2026&amp;pagina=</c>.</param>
public sealed record Pagination(int PageNumber, bool HasNext, string Prefix)
{
    public string Link(int page) => $"{Prefix}{page}";
}
