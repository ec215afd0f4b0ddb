namespace HccPerformance.Core.Notifications;

/// <summary>How the connection to the mail relay is secured (<c>Email:Tls</c>).</summary>
public enum EmailTls
{
    None = 0,
    StartTls = 1,
    SslOnConnect = 2,
}
