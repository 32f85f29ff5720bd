import { type Locator, type Page, expect } from '@playwright/test';

/**
 * The launch form at /invoke, in the words a person uses for it: choose a command, pick
 * instances, fill parameters, say when, say as whom, review, launch. Every locator goes by
 * role or label, the accessible names issue 4 gives the form.
 */

export type RepeatModeTitle = 'Once' | 'Period' | 'Next reboot' | 'Every reboot';
export type Weekday = 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI' | 'SAT' | 'SUN';
export const WEEKDAYS: readonly Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

/** Runs around the click that sends a launch, e.g. to keep sandbox faults of other specs away. */
export type AroundLaunch = <T>(send: () => Promise<T>) => Promise<T>;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class LaunchPage {
  readonly heading: Locator;
  readonly region: Locator;
  readonly commandSearch: Locator;
  readonly commands: Locator;
  readonly instances: Locator;
  readonly instanceSearch: Locator;
  readonly statusFilter: Locator;
  readonly osFilter: Locator;
  readonly eligibilityFilter: Locator;
  readonly selectAllMatchingButton: Locator;
  readonly clearSelectionButton: Locator;
  /** The toggle that narrows the list to the selection; its name ends in the selection's size. */
  readonly selectedOnlyToggle: Locator;
  /** The picker's paging progress while DescribeInstances pages arrive. */
  readonly instancesLoading: Locator;
  /** "214 match · 212 eligible · 212 selected". */
  readonly selectionCount: Locator;
  /** What the last bulk action did ("Added 212 instances. Skipped 2 …"), or why a row was not taken. */
  readonly pickerNotice: Locator;
  readonly preview: Locator;
  readonly sizeMeter: Locator;
  readonly repeatModes: Locator;
  readonly schedule: Locator;
  /** The searchable time-zone combobox, and the list it opens. */
  readonly timeZone: Locator;
  readonly timeZones: Locator;
  readonly time: Locator;
  readonly days: Locator;
  readonly frequency: Locator;
  readonly scheduleWords: Locator;
  readonly nextRuns: Locator;
  readonly username: Locator;
  readonly windowsPasswordName: Locator;
  readonly advanced: Locator;
  readonly timeout: Locator;
  readonly workingDir: Locator;
  readonly reviewButton: Locator;
  readonly result: LaunchResultPanel;
  /** The alert above the form when the server refused a launch. */
  readonly refusal: Locator;

  constructor(
    readonly page: Page,
    private readonly options: { aroundLaunch?: AroundLaunch } = {},
  ) {
    this.heading = page.getByRole('heading', { name: 'Launch a command', level: 1 });
    this.region = page.getByLabel('Region', { exact: true });
    this.commandSearch = page.getByLabel('Search commands');
    this.commands = page.getByRole('radiogroup', { name: 'Command' });
    this.instances = page.getByRole('listbox', { name: 'Instances' });
    this.instanceSearch = page.getByLabel('Search instances');
    this.statusFilter = page.getByLabel('Status', { exact: true });
    this.osFilter = page.getByLabel('OS', { exact: true });
    this.eligibilityFilter = page.getByLabel('Eligibility', { exact: true });
    const picker = this.section('Instances');
    this.selectAllMatchingButton = picker.getByRole('button', { name: 'Select all matching' });
    this.clearSelectionButton = picker.getByRole('button', { name: 'Clear selection' });
    this.selectedOnlyToggle = picker.getByRole('button', { name: /^Selected only/ });
    this.instancesLoading = picker.getByRole('progressbar');
    this.selectionCount = picker.getByText(/ eligible · [\d,]+ selected/);
    this.pickerNotice = picker.getByRole('status').filter({ hasText: /./ }).filter({ hasNotText: /no longer eligible|not in this region|Refreshing the fleet/ });
    this.preview = page.getByLabel('Command preview');
    this.sizeMeter = page.getByRole('meter', { name: 'Content size' });
    this.repeatModes = page.getByRole('radiogroup', { name: 'Repeat mode' });
    this.schedule = page.getByLabel('Schedule', { exact: true });
    this.timeZone = page.getByRole('combobox', { name: 'Time zone', exact: true });
    this.timeZones = page.getByRole('listbox', { name: 'Time zones' });
    this.time = page.getByLabel('Time', { exact: true });
    this.days = page.getByRole('group', { name: 'Days' });
    this.frequency = page.getByLabel('Frequency', { exact: true });
    this.scheduleWords = page.getByLabel('Schedule in words');
    this.nextRuns = page.getByRole('table', { name: 'Next runs' });
    this.username = page.getByLabel('Username', { exact: true });
    this.windowsPasswordName = page.getByLabel('Windows password name', { exact: true });
    this.advanced = page.getByText('Advanced', { exact: true });
    this.timeout = page.getByLabel('Timeout', { exact: true });
    this.workingDir = page.getByLabel('Working directory', { exact: true });
    this.reviewButton = page.getByRole('button', { name: 'Review', exact: true });
    this.result = new LaunchResultPanel(page);
    this.refusal = page.getByRole('alert').filter({ hasText: /^(The launch was not sent|Not sent: )/ });
  }

  /** Open the form and wait until the commands and every page of instances have loaded. */
  async goto(query = ''): Promise<void> {
    await this.page.goto(`/invoke${query}`);
    await this.ready();
  }

  async ready(): Promise<void> {
    await expect(this.heading).toBeVisible();
    // The heading shows already while the page loads (loading.tsx): wait for the form itself.
    await expect(this.page.getByRole('status').filter({ hasText: 'Loading the launch form' })).toHaveCount(0, { timeout: 30_000 });
    await expect(this.commands.getByRole('radio').first()).toBeVisible({ timeout: 30_000 });
    await expect(this.instancesLoading).toHaveCount(0, { timeout: 30_000 });
    await expect(this.instances.getByRole('option').first()).toBeVisible();
  }

  /** A numbered step of the form: Target, Instances, Parameters, When, Run as. */
  section(title: 'Target' | 'Instances' | 'Parameters' | 'When' | 'Run as'): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** The error shown under a field that has no single input (Command, Instances, Parameters as a whole). */
  sectionError(title: 'Target' | 'Instances' | 'Parameters' | 'When'): Locator {
    return this.section(title).locator('[data-field-error]');
  }

  // Command

  command(name: string): Locator {
    return this.commands.getByRole('radio', { name: new RegExp(`^${escape(name)}\\s`) });
  }

  async chooseCommand(name: string): Promise<void> {
    await this.command(name).check();
    await expect(this.page.getByRole('group', { name: `Command ${name}` })).toBeVisible();
  }

  // Instances

  /** A row of the picker by instance name or ID (the option's name starts with both). */
  instance(nameOrId: string): Locator {
    return this.instances.getByRole('option', { name: new RegExp(`^([^,]+, )?${escape(nameOrId)},`) });
  }

  /** The accessible name of the row the listbox marks active (aria-activedescendant), or null. */
  async activeInstance(): Promise<string | null> {
    return this.instances.evaluate((list) => {
      const id = list.getAttribute('aria-activedescendant');
      return id ? (document.getElementById(id)?.getAttribute('aria-label') ?? null) : null;
    });
  }

  selectedInstances(): Locator {
    return this.instances.getByRole('option', { selected: true });
  }

  async searchInstances(text: string): Promise<void> {
    await this.instanceSearch.fill(text);
    await expect(this.instances).not.toHaveAttribute('aria-busy', 'true');
  }

  async selectAllMatching(): Promise<void> {
    await this.selectAllMatchingButton.click();
  }

  /** Find each instance by name and click its row; returns their instance IDs. */
  async selectInstances(...names: string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const name of names) {
      await this.searchInstances(name);
      const row = this.instance(name);
      ids.push(...(await this.instanceIdsOf(row)));
      await row.click();
      await expect(row).toHaveAttribute('aria-selected', 'true');
    }
    await this.searchInstances('');
    return ids;
  }

  /** The instance IDs of the rows shown, read from their accessible names ("web-prod-001, i-uf6…, …"). */
  async instanceIdsOf(rows: Locator): Promise<string[]> {
    const labels = await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
    return labels.map((label) => /\b(m?i-[a-z0-9]+)\b/.exec(label)?.[1] ?? '');
  }

  // Parameters

  /** A parameter's field, labelled with its name (and "required" when the command says so). */
  parameter(name: string): Locator {
    return this.section('Parameters').getByLabel(new RegExp(`^${escape(name)}\\s*(required)?$`));
  }

  secret(name: string): Locator {
    return this.page.getByRole('checkbox', { name: `Secret: ${name}`, exact: true });
  }

  async fillParameters(values: Record<string, string>): Promise<void> {
    for (const [name, value] of Object.entries(values)) await this.parameter(name).fill(value);
  }

  /** The size meter's colour: green, amber close to the Base64 limit, red over it. */
  async sizeMeterColour(): Promise<'green' | 'amber' | 'red'> {
    const bar = await this.sizeMeter.evaluate((meter) => meter.firstElementChild?.className ?? '');
    return bar.includes('bg-rose-') ? 'red' : bar.includes('bg-amber-') ? 'amber' : 'green';
  }

  // When

  repeatMode(title: RepeatModeTitle): Locator {
    return this.repeatModes.getByRole('radio', { name: new RegExp(`^${escape(title)}\\s`) });
  }

  async chooseRepeatMode(title: RepeatModeTitle): Promise<void> {
    await this.repeatMode(title).check();
  }

  day(day: Weekday): Locator {
    return this.page.getByRole('checkbox', { name: day, exact: true });
  }

  /** Type a zone into the time-zone combobox and take it from the list. */
  async chooseTimeZone(timeZone: string): Promise<void> {
    await this.timeZone.fill(timeZone);
    await this.timeZones.getByRole('option', { name: timeZone, exact: true }).click();
    await expect(this.timeZone).toHaveValue(timeZone);
  }

  /** The field that asks for the number of seconds, minutes or hours between runs. */
  interval(unit: 'Seconds' | 'Minutes' | 'Hours'): Locator {
    return this.page.getByLabel(`${unit} between runs`, { exact: true });
  }

  /** Build "weekly on these days at this time in this zone" with the schedule builder. */
  async buildWeekly({ days, time, timeZone }: { days: readonly Weekday[]; time: string; timeZone: string }): Promise<void> {
    await this.schedule.selectOption({ label: 'Weekly on chosen days' });
    await this.chooseTimeZone(timeZone);
    // Tick the wanted days first: unticking the last one would leave an empty, unbuildable week.
    for (const day of days) await this.day(day).setChecked(true);
    for (const day of WEEKDAYS.filter((other) => !days.includes(other))) await this.day(day).setChecked(false);
    await this.time.fill(time);
  }

  /** The row's tags as its chips show them ("env=prod"). */
  tagChips(row: Locator): Locator {
    return row.getByText(/^[\w.-]+=[\w.-]+$/);
  }

  /** The next runs as the table shows them, one array of cells per run. */
  async nextRunRows(): Promise<string[][]> {
    const rows = this.nextRuns.getByRole('row').filter({ has: this.page.getByRole('cell') });
    return rows.evaluateAll((elements) => elements.map((row) => [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim())));
  }

  // Run as

  async openAdvanced(): Promise<void> {
    if (!(await this.timeout.isVisible())) await this.advanced.click();
    await expect(this.timeout).toBeVisible();
  }

  // Review and launch

  /** A value of the Summary beside the form: Region, Command, Instances, When, Quota today. */
  summary(row: 'Region' | 'Command' | 'Instances' | 'When' | 'Quota today'): Locator {
    return this.page.getByRole('term').filter({ hasText: new RegExp(`^${row}$`) }).locator('xpath=following-sibling::dd[1]');
  }


  /** Click Review and expect the review dialog. */
  async review(): Promise<ReviewDialog> {
    await this.reviewButton.click();
    const dialog = new ReviewDialog(this.page, this.options.aroundLaunch);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  /** Click Review when something is wrong: the form stays, its errors show, no dialog opens. */
  async reviewRefused(): Promise<void> {
    await this.reviewButton.click();
    await expect(this.page.getByText(/\d+ fields? needs? attention\./)).toBeVisible();
    await expect(this.page.getByRole('dialog', { name: 'Review launch' })).toHaveCount(0);
  }
}

export class ReviewDialog {
  readonly root: Locator;
  readonly blastRadius: Locator;
  readonly confirmButton: Locator;
  readonly backButton: Locator;
  readonly requestFormats: Locator;
  readonly requestPanel: Locator;
  /** A refusal shown inside the dialog (the launch was not sent). */
  readonly error: Locator;

  constructor(
    private readonly page: Page,
    private readonly aroundLaunch: AroundLaunch = (send) => send(),
  ) {
    this.root = page.getByRole('dialog', { name: 'Review launch' });
    this.blastRadius = this.root.getByRole('region', { name: 'Blast radius' });
    this.confirmButton = this.root.getByTestId('confirm-launch');
    this.backButton = this.root.getByRole('button', { name: 'Back to the form' });
    this.requestFormats = this.root.getByRole('tablist', { name: 'Request format' });
    this.requestPanel = this.root.getByRole('tabpanel');
    this.error = this.root.getByRole('alert');
  }

  /** The request as a tab shows it: "Parameters", "aliyun CLI", "PowerShell" or "HTTP API". */
  async showRequestAs(format: 'Parameters' | 'aliyun CLI' | 'PowerShell' | 'HTTP API'): Promise<Locator> {
    await this.requestFormats.getByRole('tab', { name: format }).click();
    await expect(this.requestFormats.getByRole('tab', { name: format })).toHaveAttribute('aria-selected', 'true');
    return this.root.getByRole('tabpanel', { name: format });
  }

  /** One row of the Parameters tab, e.g. "Frequency". */
  requestParameter(name: string): Locator {
    return this.root.getByRole('row', { name: new RegExp(`^${escape(name)}\\s`) }).getByRole('cell');
  }

  /**
   * Press "Launch on N instances" and wait for the server action to answer (the result panel,
   * a refusal in the dialog, or the form again with the server's errors on its fields), and,
   * when it was recorded, for the server to have sent its batches: the suite's faults and
   * quota bookkeeping must not meet a launch still on its way.
   */
  async launch(): Promise<void> {
    await this.aroundLaunch(async () => {
      await this.confirmButton.click();
      const result = this.page.getByTestId('launch-result');
      const settled = result.or(this.error).or(this.page.getByRole('alert').filter({ hasText: 'The launch was not sent' }));
      await expect(settled.first()).toBeVisible({ timeout: 60_000 });
      if (await result.isVisible()) await expect(result.getByRole('status')).not.toHaveText(/^Sending/, { timeout: 60_000 });
    });
  }
}

export class LaunchResultPanel {
  readonly root: Locator;
  /** "Launched on 120 instances in 3 batches", or "1 of 2 batches sent". */
  readonly headline: Locator;
  readonly batches: Locator;
  readonly invokeIdLinks: Locator;
  readonly openLaunch: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('launch-result');
    this.headline = this.root.getByRole('status');
    this.batches = this.root.getByRole('list', { name: 'Batches' }).getByRole('listitem');
    this.invokeIdLinks = this.root.getByRole('link', { name: /^t-/ });
    this.openLaunch = this.root.getByRole('link', { name: 'Open launch' });
  }

  batch(number: number): Locator {
    return this.batches.filter({ has: this.root.page().getByText(`Batch ${number}`, { exact: true }) });
  }

  async invokeIds(): Promise<string[]> {
    return this.invokeIdLinks.allTextContents();
  }
}
