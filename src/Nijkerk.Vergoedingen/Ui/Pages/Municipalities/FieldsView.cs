namespace Nijkerk.Vergoedingen.Ui.Pages.Municipalities;

/// <summary>What the fields of a municipality show: the form as typed, its refused fields, and whether it is a new one.</summary>
public sealed record FieldsView(MunicipalityForm Form, IReadOnlyDictionary<string, string> Errors, bool Adding);
