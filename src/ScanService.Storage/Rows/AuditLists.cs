using System.Globalization;

namespace ScanService.Storage.Rows;

/// <summary>
/// How the audit log keeps its lists: recipients separated by "; " and alert ids by ",", so that an auditor
/// reading the table directly sees them plainly (and <c>LIKE '%,123,%'</c> style searches work on ids).
/// </summary>
internal static class AuditLists
{
    private const string RecipientSeparator = "; ";
    private const char IdSeparator = ',';

    public static string? Recipients(IReadOnlyList<string> recipients) =>
        recipients.Count == 0 ? null : string.Join(RecipientSeparator, recipients);

    public static string? AlertIds(IReadOnlyList<long> ids) =>
        ids.Count == 0 ? null : string.Join(IdSeparator, ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));

    public static IReadOnlyList<string> ParseRecipients(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split(RecipientSeparator);

    public static IReadOnlyList<long> ParseAlertIds(string? stored) =>
        string.IsNullOrEmpty(stored)
            ? []
            : stored.Split(IdSeparator).Select(id => long.Parse(id, CultureInfo.InvariantCulture)).ToArray();
}
