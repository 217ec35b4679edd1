namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>
/// One sandbox's request gate, stepped one request at a time: a step lets the held requests through, waits until the
/// sandbox has answered one more request (its log grows after the response), and closes the gate again.
/// </summary>
internal sealed class SteppedGate(QueuedAudience audience, bool atMailchimp)
{
    public void Close()
    {
        if (atMailchimp)
        {
            audience.Mailchimp.Controls.HoldRequests();
        }
        else
        {
            audience.Dataverse.Gate.Close();
        }
    }

    public void Open()
    {
        audience.Mailchimp.Controls.ReleaseRequests();
        audience.Dataverse.Gate.Open();
    }

    /// <summary>
    /// After the child was killed: waits until the sandbox has dropped the requests it held for the dead child (their
    /// connection is gone), then opens. A request the child never saw answered must not run after its death, racing the
    /// next run; a real server would not run it either once the connection is closed before the request is handled.
    /// </summary>
    /// <param name="cancellationToken">Bounds the wait.</param>
    public async Task OpenAfterKillAsync(CancellationToken cancellationToken)
    {
        while (Held() > 0)
        {
            await Task.Delay(2, cancellationToken);
        }

        Open();
    }

    /// <summary>Waits until the child is held at the gate for the <paramref name="count"/>th time.</summary>
    /// <returns>False when the process exited first.</returns>
    public async Task<bool> StepAsync(int count, Task exited)
    {
        for (var step = 1; ; step++)
        {
            var held = atMailchimp
                ? audience.Mailchimp.Controls.WaitForHeldRequestsAsync(1, CancellationToken.None)
                : audience.Dataverse.Gate.WaitForHeldAsync(1, CancellationToken.None);
            if (await Task.WhenAny(held, exited) == exited)
            {
                return false;
            }

            if (step == count)
            {
                return true;
            }

            var answered = Answered();
            Open();
            while (Answered() == answered && !exited.IsCompleted)
            {
                await Task.Delay(2);
            }

            Close();
        }
    }

    private int Held() => atMailchimp ? audience.Mailchimp.Controls.HeldRequestCount : audience.Dataverse.Gate.HeldCount;

    private int Answered() => atMailchimp ? audience.Mailchimp.Requests.Count : audience.Dataverse.Requests.Count;
}
