namespace Timeline.Cli;

/// <summary>A one-line progress bar on stderr, shown only when stderr is a terminal and the run is long enough to need it.</summary>
internal sealed class ProgressLine(int total)
{
    private readonly bool _enabled = !Console.IsErrorRedirected && total >= 20;
    private int _done;

    public void Advance<T>(T _)
    {
        _done++;
        if (!_enabled || (_done % Math.Max(1, total / 100) != 0 && _done != total))
            return;
        const int width = 30;
        var filled = (int)((double)_done / total * width);
        Console.Error.Write($"\r[{new string('#', filled)}{new string(' ', width - filled)}] {_done}/{total}");
    }

    public void Done()
    {
        if (_enabled)
            Console.Error.WriteLine();
    }
}
