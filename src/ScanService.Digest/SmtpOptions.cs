using ScanService.Resilience;

namespace ScanService.Digest;

/// <summary>
/// The mail relay, used when <c>Digest:Delivery</c> is <c>smtp</c>. Bound from <c>Digest:Smtp</c>; put the password
/// in the environment (<c>SCAN_Digest__Smtp__Password</c>), not in appsettings.json.
/// </summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "";

    /// <summary>587: the submission port, where STARTTLS is the norm.</summary>
    public int Port { get; set; } = 587;

    /// <summary>Upgrade the session with STARTTLS before authenticating or sending; on by default, and should stay on.</summary>
    public bool StartTls { get; set; } = true;

    /// <summary>Empty for a relay that accepts the service's address without authentication.</summary>
    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>
    /// A PEM certificate (the relay's own, or the CA that issued it) trusted in addition to the system store, for
    /// relays with an internal or self-signed certificate. The host name must still match. Never "accept anything".
    /// </summary>
    public string TrustedCertificateFile { get; set; } = "";

    /// <summary>Retries of one send: a relay that refuses a connection for a minute does not lose the digest.</summary>
    public RetryOptions Retry { get; set; } = new();

    public IEnumerable<string> Validate(string section)
    {
        if (string.IsNullOrWhiteSpace(Host))
        {
            yield return $"{section}:Host is required when Digest:Delivery is smtp";
        }

        if (Port is < 1 or > 65535)
        {
            yield return $"{section}:Port must be between 1 and 65535 (was {Port})";
        }

        if (string.IsNullOrEmpty(UserName) != string.IsNullOrEmpty(Password))
        {
            yield return $"{section}:UserName and {section}:Password go together: give both or neither";
        }

        if (!string.IsNullOrEmpty(UserName) && !StartTls)
        {
            yield return $"{section}:StartTls must be true when authenticating (the password would cross the network in clear)";
        }

        if (!string.IsNullOrWhiteSpace(TrustedCertificateFile) && !File.Exists(TrustedCertificateFile))
        {
            yield return $"{section}:TrustedCertificateFile '{TrustedCertificateFile}' does not exist";
        }

        foreach (var problem in (Retry ?? new RetryOptions()).Validate(section + ":Retry"))
        {
            yield return problem;
        }
    }
}
