namespace Dynamics.Mailchimp.Sandbox.Xrm.Organization;

/// <summary>
/// The organization's lock. Operations that only read the store (Retrieve, RetrieveMultiple and WhoAmI with no plug-in
/// step to run, row copies and counts) share it; every other operation holds it alone, so a read never sees a write
/// half done and a write never runs beside a read. Re-entrant on one thread: a write may read and write again (a change
/// set's operations, a plug-in's own calls); a read never starts a write.
/// </summary>
internal sealed class OrganizationLock
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.SupportsRecursion);

    /// <summary>Whether the calling thread holds the lock alone (it is inside a write).</summary>
    public bool IsWriteHeld => _lock.IsWriteLockHeld;

    /// <summary>How many threads are reading now.</summary>
    public int Readers => _lock.CurrentReadCount;

    /// <summary>How many threads wait to write.</summary>
    public int WaitingWriters => _lock.WaitingWriteCount;

    /// <summary>Enters the lock shared with other readers; dispose the scope to leave it.</summary>
    public Scope Read()
    {
        _lock.EnterReadLock();
        return new Scope(_lock, write: false);
    }

    /// <summary>Enters the lock alone; dispose the scope to leave it.</summary>
    public Scope Write()
    {
        _lock.EnterWriteLock();
        return new Scope(_lock, write: true);
    }

    /// <summary>A held lock, left when disposed.</summary>
    internal readonly struct Scope(ReaderWriterLockSlim owner, bool write) : IDisposable
    {
        public void Dispose()
        {
            if (write)
            {
                owner.ExitWriteLock();
            }
            else
            {
                owner.ExitReadLock();
            }
        }
    }
}
