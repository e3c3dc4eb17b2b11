using ScanService.Host.Cli;

return await ScanCommandLine.Create().Parse(args).InvokeAsync();
