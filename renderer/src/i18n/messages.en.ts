/**
 * Every string the UI shows, in English. Keys are grouped by where the text appears; `{name}` marks a
 * parameter, which `t()` requires by name at compile time. Strings from files are never put into
 * this catalog, only passed as parameters, and are always rendered as text.
 */
export const messagesEn = {
  'app.name': 'Journey Studio',
  'window.titleWithMap': '{title} — Journey Studio',
  'map.untitled': 'Untitled journey',

  'toolbar.label': 'Main toolbar',
  'command.withShortcut': '{label} ({shortcut})',
  'command.file.open': 'Open…',
  'command.view.zoomIn': 'Zoom in',
  'command.view.zoomOut': 'Zoom out',
  'command.view.zoomToFit': 'Zoom to fit',

  'emptyState.heading': 'Open a map or start a new one',
  'emptyState.body':
    'Journey Studio opens .cxmap files: stages, lanes, touchpoints, friction and magic moments.',

  'alert.dismiss': 'Dismiss',
  'error.unexpected': 'Something went wrong: {message}',

  'sidePanel.label': 'Inspector',
  'sidePanel.hide': 'Hide panel',
  'sidePanel.show': 'Show panel',
  'sidePanel.placeholder': 'Select an item on the map to see its details here.',
  'sidePanel.selectionCount': '{count} selected',

  'canvas.label': 'Journey map',
  'canvas.controls': 'Canvas controls',
  'canvas.controls.zoomIn': 'Zoom the map in',
  'canvas.controls.zoomOut': 'Zoom the map out',
  'canvas.controls.fitView': 'Fit the whole map',
  'canvas.controls.interactive': 'Lock the canvas',
  'canvas.minimap': 'Map overview',
  'canvas.handle': 'Connection point',
  'canvas.nodeDescription': 'Press Enter or Space to select an item.',
  'canvas.edgeDescription': 'A link between two items.',
  'canvas.nodeMoved': 'Moved the item {direction}. New position: x {x}, y {y}',

  'itemKind.touchpoint': 'Touchpoint',
  'itemKind.friction': 'Friction',
  'itemKind.magic': 'Magic moment',
  'itemKind.opportunity': 'Opportunity',
  'itemKind.note': 'Note',
  'item.severityBadge': 'Severity {severity}',
  'item.magicBadge': 'Magic',
  'item.opportunityBadge': 'Idea',
  'item.noteBadge': 'Note',
  'item.ariaLabel': '{kind}: {title}, stage {stage}',
  'item.ariaLabelWithSeverity': '{kind}: {title}, severity {severity}, stage {stage}',

  'channel.web': 'Web',
  'channel.app': 'App',
  'channel.email': 'Email',
  'channel.sms': 'SMS',
  'channel.phone': 'Phone',
  'channel.chat': 'Chat',
  'channel.social': 'Social',
  'channel.in_person': 'In person',
  'channel.video': 'Video',
  'channel.mail': 'Mail',
  'channel.other': 'Other',

  'laneKind.actions': 'Actions',
  'laneKind.touchpoints': 'Touchpoints',
  'laneKind.thoughts': 'Thoughts',
  'laneKind.emotions': 'Emotions',
  'laneKind.pains': 'Pains',
  'laneKind.opportunities': 'Opportunities',
  'laneKind.backstage': 'Backstage',
  'laneKind.custom': 'Custom',

  'record.map': 'map',
  'record.persona': 'persona',
  'record.stage': 'stage',
  'record.lane': 'lane',
  'record.item': 'item',
  'record.link': 'link',
  'record.metric': 'metric',
  'record.quote': 'quote',
  'record.revision': 'revision',
  'record.map.indefinite': 'a map',
  'record.persona.indefinite': 'a persona',
  'record.stage.indefinite': 'a stage',
  'record.lane.indefinite': 'a lane',
  'record.item.indefinite': 'an item',
  'record.link.indefinite': 'a link',
  'record.metric.indefinite': 'a metric',
  'record.quote.indefinite': 'a quote',
  'record.revision.indefinite': 'a revision',
  'record.named': '{kind} “{label}”',

  'value.list': 'a list',
  'value.object': 'an object',
  'value.nothing': 'nothing',

  'openError.withName': '“{fileName}” can’t be opened: {reason}',
  'openError.withoutName': 'The file can’t be opened: {reason}',
  'formatError.tooLarge': 'it is {size} MB, and Journey Studio opens files of up to {limit} MB.',
  'formatError.empty': 'the file is empty.',
  'formatError.binary': 'it is not a Journey Studio map (it looks like {looksLike}).',
  'formatError.binaryUnknown': 'it is a binary file, not a Journey Studio map.',
  'formatError.notJson':
    'it is not valid JSON (line {line}, column {column}). The file may be damaged or cut short.',
  'formatError.notJsonNoPosition': 'it is not valid JSON. The file may be damaged or cut short.',
  'formatError.tooDeep': 'its data is nested more than {limit} levels deep.',
  'formatError.forbiddenKey':
    'it contains a property named “{key}” (at {path}), which a Journey Studio map never has; the file may have been crafted to attack the app.',
  'formatError.notCxmap': 'it is not a Journey Studio map.',
  'formatError.tooNew':
    'it was made by a newer version of Journey Studio (file format version {version}); this app reads up to version {supported}. Update the app to open it.',
  'formatError.badVersion': 'its format version ({version}) is not a version number Journey Studio knows.',
  'formatError.invalidValueInRecord': '{record} has an invalid value at {path}: {problem}.',
  'formatError.invalidValue': 'the value at {path} is invalid: {problem}.',
  'formatError.duplicateId': 'the id “{id}” is used by more than one record (at {path}).',
  'formatError.brokenReference': '{record} points at {targetKind} that does not exist ({target}).',

  'fileError.cancelled': 'Opening the file was cancelled.',
  'fileError.notFound': 'the file no longer exists at {path}.',
  'fileError.permissionDenied': 'you don’t have permission to read it ({path}).',
  'fileError.diskFull': 'the disk is full.',
  'fileError.isDirectory': 'it is a folder, not a file.',
  'fileError.invalidRequest': 'the request was refused ({reason}).',
  'fileError.io': 'the system reported an error: {message}.',
} as const;

export type Messages = typeof messagesEn;
export type MessageKey = keyof Messages;
