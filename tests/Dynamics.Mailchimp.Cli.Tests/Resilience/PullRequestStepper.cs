using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Hosting.Recording;
using Dynamics.Mailchimp.Sandbox.Mailchimp;

namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>
/// Both sandboxes' request gates, stepped together: every request of the run is held, the held ones are let through
/// (and only they: the gate closes again behind them), and once they are answered each is classified from the request
/// log (<see cref="PullRequestKinds"/>). The run is stopped at a <see cref="PullKillPoint"/>: after the point's request
/// was answered, while the child's next request is held at a gate, unanswered.
/// </summary>
/// <param name="mailchimp">The Mailchimp sandbox.</param>
/// <param name="dataverse">The Dataverse sandbox.</param>
internal sealed class PullRequestStepper(MailchimpSandbox mailchimp, DataverseSandbox dataverse)
{
    private readonly Dictionary<PullRequestKind, int> _counts = [];
    private int _mailchimpSeen;
    private int _dataverseSeen;

    /// <summary>Gets the requests of the run so far, per kind.</summary>
    public IReadOnlyDictionary<PullRequestKind, int> Counts => _counts;

    /// <summary>Holds every request from now on; the requests answered before are not counted.</summary>
    public void Close()
    {
        _counts.Clear();
        _mailchimpSeen = mailchimp.Requests.Count;
        _dataverseSeen = dataverse.Requests.Count;
        mailchimp.Controls.HoldRequests();
        dataverse.Gate.Close();
    }

    /// <summary>Lets every request through from now on.</summary>
    public void Open()
    {
        mailchimp.Controls.ReleaseRequests();
        dataverse.Gate.Open();
    }

    /// <summary>Steps the run until <paramref name="point"/>: a request is then held, and the child can be killed.</summary>
    /// <param name="point">The kill point.</param>
    /// <param name="exited">Completes when the child exits.</param>
    /// <returns>False when the child exited before the point.</returns>
    public async Task<bool> StepToAsync(PullKillPoint point, Task exited)
    {
        while (true)
        {
            using (var waiting = new CancellationTokenSource())
            {
                var held = Task.WhenAny(
                    mailchimp.Controls.WaitForHeldRequestsAsync(1, waiting.Token),
                    dataverse.Gate.WaitForHeldAsync(1, waiting.Token));
                var first = await Task.WhenAny(held, exited);
                await waiting.CancelAsync();
                if (first == exited)
                {
                    return false;
                }
            }

            if (point.IsReached(_counts))
            {
                return true;
            }

            var expected = (Mailchimp: mailchimp.Requests.Count + mailchimp.Controls.HeldRequestCount, Dataverse: dataverse.Requests.Count + dataverse.Gate.HeldCount);

            // Open then close at once: the held requests wait on the gate's old signal and go; any later one is held.
            Open();
            mailchimp.Controls.HoldRequests();
            dataverse.Gate.Close();
            while ((mailchimp.Requests.Count < expected.Mailchimp || dataverse.Requests.Count < expected.Dataverse) && !exited.IsCompleted)
            {
                await Task.Delay(1);
            }

            Classify(mailchimp.Requests, ref _mailchimpSeen, PullRequestKinds.AtMailchimp);
            Classify(dataverse.Requests, ref _dataverseSeen, PullRequestKinds.AtDataverse);
        }
    }

    /// <summary>
    /// After the child was killed: waits until both sandboxes dropped the requests they held for it (their connection is
    /// gone; a real server would not run them either), then opens both gates.
    /// </summary>
    /// <param name="cancellationToken">Bounds the wait.</param>
    /// <returns>A task.</returns>
    public async Task OpenAfterKillAsync(CancellationToken cancellationToken)
    {
        while (mailchimp.Controls.HeldRequestCount > 0 || dataverse.Gate.HeldCount > 0)
        {
            await Task.Delay(2, cancellationToken);
        }

        Open();
    }

    private void Classify(IReadOnlyList<RecordedRequest> log, ref int seen, Func<RecordedRequest, PullRequestKind> kind)
    {
        for (; seen < log.Count; seen++)
        {
            var counted = kind(log[seen]);
            _counts[counted] = _counts.GetValueOrDefault(counted) + 1;
        }
    }
}
