namespace ScanService.Model;

/// <summary>
/// An official reference number a partner gave for a person (national insurance number, passport, PNC id…),
/// normalised to upper-case letters and digits. Only numbers of the same kind are ever compared.
/// </summary>
public readonly record struct PersonIdentifier(string Kind, string Value);
