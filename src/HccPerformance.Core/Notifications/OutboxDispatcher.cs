using System.Net.Sockets;
using HccPerformance.Core.Data;
using HccPerformance.Core.Reports;
using HccPerformance.Core.Site;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HccPerformance.Core.Notifications;

/// <summary>
/// Sends the outbox's messages that are due over SMTP (MailKit), from any number of instances of the site at once.
/// Each round claims a batch with one conditional UPDATE (only rows waiting, due and unclaimed or whose claim has lapsed),
/// so two instances never hold the same message; a person's daily messages are claimed together and go as one email.
/// Each outcome is saved as soon as the server answers, on the claim it was sent under (a concurrency token), so a
/// message is sent once. An address the server refuses for good fails at once with the server's words; a server that
/// is down or says "try later" means another try after <see cref="OutboxSchedule.Backoff"/>.
/// </summary>
public sealed class OutboxDispatcher(AppDbContext db, IOptions<EmailOptions> options, IOptions<CouncilOptions> council, DemoFlag demo,
    TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    /// <summary>One round: claims what is due, sends it and records each outcome. Returns how many emails the server accepted.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken ct = default)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return 0;
        }

        var claimed = await ClaimAsync(settings, ct);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var context = new EmailContext(council.Value.Name, settings.BaseUrl, await demo.IsOnAsync(ct));
        var emails = claimed.Where(m => m.Delivery == EmailDelivery.EachAsItHappens).Select(m => (IReadOnlyList<OutboxMessage>)[m])
            .Concat(EmailComposer.Summaries(claimed.Where(m => m.Delivery == EmailDelivery.DailySummary)))
            .ToList();

        using var smtp = new SmtpClient { Timeout = 30_000 };
        try
        {
            await smtp.ConnectAsync(settings.Host!, settings.Port, Secure(settings.Tls), ct);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
            }
        }
        catch (Exception ex) when (IsTransient(ex))
        {
            logger.LogWarning(ex, "The mail server {Host}:{Port} could not be reached; {Count} emails wait for the next try", settings.Host, settings.Port,
                emails.Count);
            await RecordAsync(claimed, m => m.AttemptFailed($"The mail server could not be reached: {ex.Message}", false, Now(), settings.MaxAttempts), ct);
            return 0;
        }

        var sent = 0;
        for (var i = 0; i < emails.Count; i++)
        {
            var messages = emails[i];
            try
            {
                await smtp.SendAsync(Build(messages, context, settings), ct);
                await RecordAsync(messages, m => m.MarkSent(Now()), ct);
                sent++;
            }
            catch (SmtpCommandException refused) when ((int)refused.StatusCode >= 500
                && refused.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted)
            {
                logger.LogWarning("The mail server refused the email to {Address}: {Reason}", messages[0].ToAddress, refused.Message);
                await RecordAsync(messages, m => m.AttemptFailed(
                    $"The mail server refused it ({(int)refused.StatusCode}): {refused.Message}", true, Now(), settings.MaxAttempts), ct);
            }
            catch (ParseException)
            {
                await RecordAsync(messages, m => m.AttemptFailed($"\"{m.ToAddress}\" is not an email address the site can send to.", true, Now(),
                    settings.MaxAttempts), ct);
            }
            catch (SmtpCommandException later)
            {
                // 4xx: the server asks us to try later; a 5xx about the sender or the session is the relay's set-up, not this address.
                await RecordAsync(messages, m => m.AttemptFailed($"The mail server did not take it ({(int)later.StatusCode}): {later.Message}", false,
                    Now(), settings.MaxAttempts), ct);
            }
            catch (Exception ex) when (IsTransient(ex))
            {
                logger.LogWarning(ex, "The connection to the mail server failed; the rest of this round waits for the next try");
                foreach (var rest in emails.Skip(i))
                {
                    await RecordAsync(rest, m => m.AttemptFailed($"The connection to the mail server failed: {ex.Message}", false, Now(),
                        settings.MaxAttempts), ct);
                }

                return sent;
            }
        }

        if (smtp.IsConnected)
        {
            await smtp.DisconnectAsync(true, ct);
        }

        return sent;
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private async Task<List<OutboxMessage>> ClaimAsync(EmailOptions settings, CancellationToken ct)
    {
        var now = Now();
        var candidates = await Due(now).OrderBy(m => m.DueUtc).ThenBy(m => m.Id).Take(settings.BatchSize)
            .Select(m => new { m.Id, m.UserId, m.Delivery }).ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return [];
        }

        var ids = candidates.Select(c => c.Id).ToList();
        // A person's daily messages go together, so all of theirs that are due are claimed with any one of them.
        var summaryPeople = candidates.Where(c => c.Delivery == EmailDelivery.DailySummary).Select(c => c.UserId).Distinct().ToList();
        var token = Guid.NewGuid();
        var expires = now.AddSeconds(settings.ClaimSeconds);
        var count = await Due(now)
            .Where(m => ids.Contains(m.Id) || (m.Delivery == EmailDelivery.DailySummary && summaryPeople.Contains(m.UserId)))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimExpiresUtc, expires), ct);
        return count == 0 ? [] : await db.OutboxMessages.Where(m => m.ClaimToken == token).ToListAsync(ct);
    }

    /// <summary>Waiting, due, and nobody's (or the claim of an instance that did not finish in time).</summary>
    private IQueryable<OutboxMessage> Due(DateTime now) =>
        db.OutboxMessages.Where(m => m.Status == OutboxStatus.Waiting && m.DueUtc <= now && (m.ClaimExpiresUtc == null || m.ClaimExpiresUtc < now));

    private async Task RecordAsync(IEnumerable<OutboxMessage> messages, Action<OutboxMessage> outcome, CancellationToken ct)
    {
        foreach (var message in messages)
        {
            outcome(message);
        }

        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The claim lapsed while this instance was sending and another took the message over: theirs is the record.
            logger.LogWarning("An outbox claim lapsed before its outcome was saved; the other instance's outcome stands");
            db.ChangeTracker.Clear();
        }

        ct.ThrowIfCancellationRequested();
    }

    private MimeMessage Build(IReadOnlyList<OutboxMessage> messages, EmailContext context, EmailOptions settings)
    {
        var first = messages[0];
        var composed = messages.Count == 1 && first.Delivery == EmailDelivery.EachAsItHappens
            ? EmailComposer.One(first, context)
            : EmailComposer.Summary(messages, context);
        var email = new MimeMessage { Subject = composed.Subject, Date = clock.GetUtcNow() };
        email.From.Add(MailboxAddress.Parse(settings.From));
        email.To.Add(new MailboxAddress(first.ToName, first.ToAddress));
        // The same outbox row always carries the same id, so a relay or mail client can tell a resend from a new message.
        email.MessageId = $"outbox-{first.Id}-{messages.Count}@{email.From.Mailboxes.First().Domain}";
        email.Body = new BodyBuilder { TextBody = composed.Text, HtmlBody = composed.Html }.ToMessageBody();
        return email;
    }

    private static SecureSocketOptions Secure(EmailTls tls) => tls switch
    {
        EmailTls.None => SecureSocketOptions.None,
        EmailTls.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };

    private static bool IsTransient(Exception ex) => ex is SocketException or IOException or SmtpProtocolException or ServiceNotConnectedException
        or AuthenticationException or TimeoutException or SslHandshakeException or SmtpCommandException;
}
