using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace ScanService.Digest.Delivery;

/// <summary>
/// Lets System.Net.Mail trust a relay whose certificate is in a configured PEM file (an internal CA or a
/// self-signed relay) as well as the system's trusted roots. SmtpClient takes its validation only from the
/// process-wide <see cref="ServicePointManager.ServerCertificateValidationCallback"/>, so one callback is
/// installed once; it still requires a valid chain (to a system root or to a configured certificate) and a
/// matching host name. Nothing is ever accepted unconditionally.
/// </summary>
internal static class TrustedServerCertificates
{
    private static readonly ConcurrentDictionary<string, X509Certificate2Collection> Extra = new(StringComparer.Ordinal);
    private static int _installed;

    /// <summary>Adds the certificates in <paramref name="pemFile"/> as trusted roots; safe to call again.</summary>
    public static void Trust(string pemFile)
    {
        var path = Path.GetFullPath(pemFile);
        Extra.GetOrAdd(path, static p =>
        {
            var certificates = new X509Certificate2Collection();
            certificates.ImportFromPemFile(p);
            return certificates;
        });

        if (Interlocked.Exchange(ref _installed, 1) == 0)
        {
#pragma warning disable SYSLIB0014 // SmtpClient has no per-client validation hook; this is the one it reads.
            ServicePointManager.ServerCertificateValidationCallback = Validate;
#pragma warning restore SYSLIB0014
        }
    }

    internal static bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        // A wrong name or no certificate at all is never rescued; only an unknown issuer can be.
        if (errors != SslPolicyErrors.RemoteCertificateChainErrors || certificate is null || Extra.IsEmpty)
        {
            return false;
        }

        using var presented = new X509Certificate2(certificate);
        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        foreach (var roots in Extra.Values)
        {
            custom.ChainPolicy.CustomTrustStore.AddRange(roots);
        }

        return custom.Build(presented);
    }
}
