using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Nijkerk.Vergoedingen.Http;

/// <summary>
/// The one writer of every CSV the app hands out. Controllers open these files in a spreadsheet, where a
/// cell that starts with = + - @, a tab or a carriage return can run as a formula; reasons, users and
/// invoice numbers come from outside, so such cells are escaped (CsvHelper's default is to leave them).
/// </summary>
public static class CsvExport
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
    };

    /// <summary>RFC 4180 CSV in UTF-8, a header from the record's members and a row per record.</summary>
    public static byte[] Write<T>(IEnumerable<T> records)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, Configuration))
        {
            csv.WriteRecords(records);
        }
        return System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The same CSV written to a stream as the records arrive, so an export of any size stays small in memory.</summary>
    public static async Task WriteAsync<T>(Stream stream, IAsyncEnumerable<T> records, CancellationToken cancellation)
    {
        await using var text = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(text, Configuration);
        await csv.WriteRecordsAsync(records, cancellation);
    }
}
